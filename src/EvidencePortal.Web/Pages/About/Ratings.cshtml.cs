using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.About;

public sealed class RatingsModel : PageModel, IPortalPage
{
    public string PageTitle => "How headline ratings are worked out";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];
}
