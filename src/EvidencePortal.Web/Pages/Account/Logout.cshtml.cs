using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>Signing out ends every session of the account (the security stamp changes), not only this one.</summary>
[Authorize]
public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : PageModel, IPortalPage
{
    public string PageTitle => "Sign out";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync(AuditAction.SignOut, "Signed out", userName: user.Email);
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
