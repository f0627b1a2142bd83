using System.Security.Claims;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Turns two-step sign-in off: the app's key and the recovery codes stop working, and the account's other
/// sessions end. This session continues as a password-only one, so editing (when two-step sign-in is
/// required) waits until the app is set up again.
/// </summary>
[Authorize]
public sealed class TwoFactorOffModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit)
    : PageModel, IPortalPage
{
    public string PageTitle => "Turn off two-step sign-in";

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            await users.TurnOffTwoFactorAsync(user);
            var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            await signIn.SignInWithClaimsAsync(user, session.Properties, [new Claim(AccountSetup.AuthenticationMethodClaim, "pwd")]);
            await audit.WriteAsync(AuditAction.AccountChanged, "Turned off two-step sign-in", userName: user.Email);
        }
        return RedirectToPage("TwoFactor");
    }
}
