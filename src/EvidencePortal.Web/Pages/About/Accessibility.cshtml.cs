using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.About;

public sealed class AccessibilityModel : PageModel, IPortalPage
{
    public string PageTitle => "Accessibility statement";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];
}
