using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>The signed-in person's account: who they are, their role, two-step sign-in and password.</summary>
[Authorize]
public sealed class IndexModel(UserManager<PortalUser> users) : PageModel, IPortalPage
{
    [TempData]
    public bool Changed { get; set; }

    public AccountView Account { get; private set; } = null!;

    public string PageTitle => "Your account";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Account = new AccountView(user.Email ?? "", await users.GetRolesAsync(user), user.TwoFactorEnabled);
        return Page();
    }

    public sealed record AccountView(string Email, IList<string> Roles, bool TwoFactorOn);
}
