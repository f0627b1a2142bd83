using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>The second step with one of the recovery codes given at enrolment instead of the app. Each code works
/// once.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginRecoveryCodeModel(SignInManager<PortalUser> signIn, SignInEvents events)
    : PageModel,
        IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PageTitle => ModelState.IsValid ? "Use a recovery code" : "Error: Use a recovery code";

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
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Normalise(Input.Code));
        if (result.Succeeded)
        {
            await events.SignedInAsync(user, "password and a recovery code");
            return RedirectToPage("TwoFactor", new { usedRecoveryCode = true });
        }
        await events.FailedAsync(result, user.Email, "recovery code");
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? LoginModel.LockedOut
            : "That recovery code is not right, or it has been used already. Each code works once.");
        return Page();
    }

    /// <summary>Codes look like "7BDQK-M2FRX": accept them typed in lower case, with spaces or without the
    /// hyphen.</summary>
    private static string Normalise(string code)
    {
        var text = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return text.Length == 10 && !text.Contains('-', StringComparison.Ordinal) ? text[..5] + "-" + text[5..] : text;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes")]
        [StringLength(40, ErrorMessage = "A recovery code is 10 letters and numbers, like 7BDQK-M2FRX")]
        [PlainText(ErrorMessage = "A recovery code is 10 letters and numbers, like 7BDQK-M2FRX")]
        [Display(Name = "Recovery code", Description = "For example, 7BDQK-M2FRX")]
        public string Code { get; set; } = "";
    }
}
