using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>The second step of signing in: the 6-digit code from the authenticator app. Wrong codes count towards
/// lockout.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginCodeModel(SignInManager<PortalUser> signIn, SignInEvents events) : PageModel, IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PageTitle => ModelState.IsValid ? "Enter your security code" : "Error: Enter your security code";

    public async Task<IActionResult> OnGetAsync()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToPage("Login", new { ReturnUrl })
            : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        // The first step is remembered for 5 minutes; after that, start again.
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }
        var code = Authenticator.CleanCode(Input.Code);
        if (ModelState.IsValid && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError("Input.Code", "Enter the 6-digit code from your authenticator app");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await events.SignedInAsync(user, "password and authenticator code");
            return LocalRedirect(ReturnUrl ?? LocalUrl.AfterSignIn);
        }
        await events.FailedAsync(result, user.Email, "authenticator code");
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? LoginModel.LockedOut
            : "That code is not right. Enter the code your authenticator app shows now.");
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [StringLength(12, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [PlainText(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [Display(Name = "Security code", Description = "For example, 123456")]
        public string Code { get; set; } = "";
    }
}
