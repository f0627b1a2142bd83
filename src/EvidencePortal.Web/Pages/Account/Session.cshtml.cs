using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// For the signed-out warning (wwwroot/js/session.js): GET says how long the session has left without
/// renewing it (AccountSetup leaves this one request out); POST, with the antiforgery token, is "Stay signed
/// in", which renews it as opening any page does. Both answer <c>{"secondsLeft": n}</c>, 0 when signed out.
/// </summary>
public sealed class SessionModel : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        Status(await AccountSetup.SessionSecondsLeftAsync(HttpContext, renewed: false));

    public async Task<IActionResult> OnPostAsync() =>
        Status(await AccountSetup.SessionSecondsLeftAsync(HttpContext, renewed: true));

    private JsonResult Status(int secondsLeft)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new SessionStatus(secondsLeft));
    }

    public sealed record SessionStatus(int SecondsLeft);
}
