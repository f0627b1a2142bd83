using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Editor sign-in with email and password; accounts with an authenticator go on to the code page.
/// One message for an unknown email, a wrong password, a disabled or a locked account, so the page does
/// not tell which accounts exist (a "locked" message after five tries would: unknown emails never lock);
/// each costs the same hashing time, although Identity refuses disabled and locked accounts unhashed.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(
    SignInManager<PortalUser> signIn,
    IPasswordHasher<PortalUser> hasher,
    SignInEvents events
) : PageModel, IPortalPage
{
    public const string NotRight =
        "The email address or password is not right. After 5 wrong passwords an account is locked for 15 minutes.";

    /// <summary>Shown on the second step only, to someone who has already given the right password.</summary>
    public const string LockedOut =
        "This account is locked because of too many attempts to sign in. Try again in 15 minutes.";

    private static string? timingHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PageTitle => ModelState.IsValid ? "Sign in" : "Error: Sign in";

    public void OnGet() => ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (user is null || result.IsNotAllowed || result.IsLockedOut)
        {
            // Same work as checking a real password: the answer's timing must not tell which accounts exist.
            timingHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new PortalUser(), timingHash, Input.Password);
        }
        if (result.Succeeded)
        {
            await events.SignedInAsync(user!, "password");
            return LocalRedirect(ReturnUrl ?? LocalUrl.AfterSignIn);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginCode", new { ReturnUrl });
        }
        await events.FailedAsync(result, email, user is null ? "no such account" : "password");
        ModelState.AddModelError("Input.Email", NotRight);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(256, ErrorMessage = "The email address is too long")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
        [PlainText(ErrorMessage = "The email address has characters an email address cannot have")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(1024, ErrorMessage = "The password is too long")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
