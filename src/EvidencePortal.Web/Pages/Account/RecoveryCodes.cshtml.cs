using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Shows new recovery codes exactly once (they travel in TempData from the post that made them, then are
/// gone: the store keeps only what is needed to check them). Without codes to show, it asks for the password
/// before making a new set (ASVS 3.7.1): whoever holds a session left open on a shared computer must not be able
/// to take away a second factor of their own. Rate limited like sign-in; wrong passwords count towards lockout.
/// </summary>
[Authorize]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class RecoveryCodesModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit)
    : PageModel, IPortalPage
{
    public const string TempDataKey = "portal.recovery-codes";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> Codes { get; private set; } = [];

    /// <summary>The codes as a text file, in the link itself (a data: address), since they exist only on this page:
    /// the store keeps only what is needed to check them.</summary>
    public string CodesFileHref { get; private set; } = "";

    public string PageTitle => Codes.Count > 0 ? "Save your recovery codes"
        : ModelState.IsValid ? "Get new recovery codes" : "Error: Get new recovery codes";

    public async Task<IActionResult> OnGetAsync()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        Codes = (TempData[TempDataKey] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (Codes.Count > 0)
        {
            var email = (await users.GetUserAsync(User))?.Email ?? "";
            CodesFileHref = "data:text/plain;charset=utf-8," + Uri.EscapeDataString(CodesFile(email, DateTime.UtcNow));
            return Page();
        }
        return await users.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : RedirectToPage("TwoFactor");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage("TwoFactor");
        }
        if (
            !ModelState.IsValid
            || !await PasswordReentry.ConfirmAsync(
                signIn,
                audit,
                user,
                Input.Password,
                ModelState,
                "New recovery codes"
            )
        )
        {
            return Page();
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount);
        await audit.WriteAsync(
            AuditAction.AccountChanged,
            "Made new recovery codes (the old ones no longer work)",
            userName: user.Email
        );
        TempData[TempDataKey] = string.Join(' ', codes ?? []);
        return RedirectToPage(new { ReturnUrl });
    }

    private string CodesFile(string email, DateTime madeAt) =>
        string.Join(
            "\r\n",
            [
                $"EvidencePortal recovery codes for {email}, made {madeAt:d MMMM yyyy HH:mm} (UTC).",
                "Each code works once, in place of a security code. Keep this file somewhere safe, not on your phone.",
                "",
                .. Codes,
                "",
            ]
        );

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(1024, ErrorMessage = "The password is too long")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string Password { get; set; } = "";
    }
}
