using EvidencePortal.Web.Data;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Reviews;

/// <summary>The review's change log: each change published to it, its topics and their studies, newest first.</summary>
public sealed class ChangesModel(PortalDbContext db, PublicChangeLog changes) : PageModel, IPortalPage
{
    public ReviewName Review { get; private set; } = null!;
    public ChangeLogView Log { get; private set; } = null!;

    public string PageTitle => $"Changes to {Review.ShortTitle}" + (Log.Log.Page > 1 ? $" (page {Log.Log.Page})" : "");
    public IReadOnlyList<Crumb> Breadcrumbs =>
        [new("Home", "/"), new("Reviews", "/reviews"), new(Review.ShortTitle, $"/reviews/{Review.Slug}")];

    // "page" is Razor Pages' own route value (the page's path), so the page number is read by name from the query.
    public async Task<IActionResult> OnGetAsync(
        string slug,
        [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken cancellationToken
    )
    {
        var review = await db.Reviews.AsNoTracking().Live().Where(r => r.Slug == slug)
            .Select(r => new ReviewName(r.Id, r.Slug, r.ShortTitle))
            .FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return this.NotFoundPage("review", slug);
        }
        Review = review;
        var (log, problem) = await ChangeLogView.LoadAsync(this, $"/reviews/{slug}/changes",
            "No changes have been published to this review, its topics or their studies since they were added to the "
                + "portal.",
            pageNumber, n => changes.ForReviewAsync(review.Id, n, cancellationToken));
        Log = log!;
        return problem ?? Page();
    }

    public sealed record ReviewName(int Id, string Slug, string ShortTitle);
}
