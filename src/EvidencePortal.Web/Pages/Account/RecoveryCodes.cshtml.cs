using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Shows new recovery codes exactly once (they travel in TempData from the post that made them, then are
/// gone: the store keeps only what is needed to check them). Posting here makes a new set.
/// </summary>
[Authorize]
public sealed class RecoveryCodesModel(UserManager<PortalUser> users, AuditLog audit) : PageModel, IPortalPage
{
    public const string TempDataKey = "portal.recovery-codes";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string PageTitle => "Save your recovery codes";

    public IActionResult OnGet()
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        Codes = (TempData[TempDataKey] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return Codes.Count == 0 ? RedirectToPage("TwoFactor") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage("TwoFactor");
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount);
        await audit.WriteAsync(AuditAction.AccountChanged, "Made new recovery codes (the old ones no longer work)", userName: user.Email);
        TempData[TempDataKey] = string.Join(' ', codes ?? []);
        return RedirectToPage();
    }
}
