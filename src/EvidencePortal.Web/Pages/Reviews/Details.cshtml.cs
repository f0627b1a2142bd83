using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Reviews;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage, IEditablePage
{
    public ReviewPageView Review { get; private set; } = null!;

    public string PageTitle => Review.Title;
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new("Reviews", "/reviews")];
    public string EditHref => $"/edit/reviews/{Review.LiveId}";

    public async Task<IActionResult> OnGetAsync(
        string slug,
        string? sort,
        string? order,
        CancellationToken cancellationToken
    )
    {
        var tableSort = TableSort.Parse(sort, order);
        if (tableSort is null)
        {
            return this.BadRequestPage("That sort order is not one this table offers.", $"/reviews/{slug}");
        }
        var review = await ReviewPageView.LoadAsync(
            db,
            db.Reviews.Live().Where(r => r.Slug == slug),
            tableSort,
            $"/reviews/{slug}",
            cancellationToken
        );
        if (review is null)
        {
            return this.NotFoundPage("review", slug);
        }
        Review = review;
        return Page();
    }
}
