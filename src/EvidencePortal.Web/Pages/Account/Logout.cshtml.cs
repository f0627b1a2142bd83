using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Signing out happens only on a POST with the antiforgery token (a link or an image cannot sign anyone out),
/// and ends every session of the account (the security stamp changes), not only this one.
/// </summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit)
    : PageModel,
        IPortalPage
{
    public string PageTitle => "Sign out";

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync(
                AuditAction.SignOut,
                "Signed out (every session of the account ended)",
                userName: user.Email
            );
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
