using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Turns two-step sign-in off: the app's key and the recovery codes stop working, and the account's other
/// sessions end. This session continues as a password-only one, so editing (when two-step sign-in is
/// required) waits until the app is set up again. It asks for the password first (ASVS 3.7.1): a session left
/// open on a shared computer must not be enough to remove the second factor. Rate limited like sign-in, and
/// wrong passwords count towards the account's lockout.
/// </summary>
[Authorize]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorOffModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit)
    : PageModel, IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string PageTitle => ModelState.IsValid ? "Turn off two-step sign-in" : "Error: Turn off two-step sign-in";

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (
            !ModelState.IsValid
            || !await PasswordReentry.ConfirmAsync(
                signIn,
                audit,
                user,
                Input.Password,
                ModelState,
                "Turning off two-step sign-in"
            )
        )
        {
            return Page();
        }
        if (user.TwoFactorEnabled)
        {
            await users.TurnOffTwoFactorAsync(user);
            var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            await signIn.SignInWithClaimsAsync(
                user,
                session.Properties,
                [new Claim(AccountSetup.AuthenticationMethodClaim, "pwd")]
            );
            await audit.WriteAsync(AuditAction.AccountChanged, "Turned off two-step sign-in", userName: user.Email);
        }
        return RedirectToPage("TwoFactor");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(1024, ErrorMessage = "The password is too long")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string Password { get; set; } = "";
    }
}
