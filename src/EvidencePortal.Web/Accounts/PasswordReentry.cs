using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// The password asked for again before a change to the second factor (ASVS 3.7.1): a wrong one counts towards
/// the account's lockout, is written to the audit log, and is shown by the password field.
/// </summary>
public static class PasswordReentry
{
    /// <summary>True when <paramref name="password"/> is right; otherwise the field's error is set.</summary>
    public static async Task<bool> ConfirmAsync(SignInManager<PortalUser> signIn, AuditLog audit, PortalUser user,
        string password, ModelStateDictionary modelState, string refusedAction)
    {
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.Succeeded)
        {
            return true;
        }
        await audit.WriteAsync(
            AuditAction.SignInFailed,
            $"{refusedAction} refused: wrong password",
            userName: user.Email
        );
        modelState.AddModelError(
            "Input.Password",
            check.IsLockedOut ? LoginModel.LockedOut : "Your password is not right"
        );
        return false;
    }
}
