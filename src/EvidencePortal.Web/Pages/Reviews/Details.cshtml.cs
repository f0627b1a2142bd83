using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Pages.Topics;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Reviews;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage
{
    public ReviewView Review { get; private set; } = null!;
    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];
    public ResearchOverview Overview { get; private set; } = null!;
    public StudyTableView Table { get; private set; } = null!;

    public string PageTitle => Review.Title;
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new("Reviews", "/reviews")];

    public async Task<IActionResult> OnGetAsync(string slug, string? sort, string? order, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().Live().Where(r => r.Slug == slug)
            .Select(r => new ReviewView(r.Id, r.Slug, r.Title, r.ShortTitle, r.Authors, r.Publisher, r.CommissionedBy,
                r.PublishedOn, r.Scope, r.KeyMessage, r.SourceUrls, r.OverviewHtml, r.SummaryOfStudiesHtml,
                r.KeyFindingsHtml, r.FutureResearchHtml, r.LastReviewedOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return this.NotFoundPage("review", slug);
        }
        var tableSort = TableSort.Parse(sort, order);
        if (tableSort is null)
        {
            return this.BadRequestPage("That sort order is not one this table offers.", $"/reviews/{slug}");
        }
        Review = review;
        var topics = await db.Topics.AsNoTracking().Live().Where(t => t.ReviewId == review.Id).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Slug, t.Title }).ToListAsync(cancellationToken);
        var ratings = await TopicRatings.ForTopicsAsync(db, topics.Select(t => t.Id).ToList(), cancellationToken);
        Topics = topics.Select(t => new TopicRow(t.Slug, t.Title, ratings[t.Id])).ToList();

        var rows = await StudyTable.LoadAsync(db, f => f.Intervention!.Topic!.ReviewId == review.Id, tableSort, cancellationToken);
        Overview = ResearchOverview.From(rows);
        Table = new StudyTableView(rows, tableSort,
            $"All studies held for this review's topics ({rows.Count}), with their findings", $"/reviews/{slug}", ShowTopic: true);
        return Page();
    }

    public sealed record ReviewView(
        int Id, string Slug, string Title, string ShortTitle, string Authors, string Publisher, string? CommissionedBy,
        DateOnly PublishedOn, string Scope, string KeyMessage, List<string> SourceUrls, string OverviewHtml,
        string SummaryOfStudiesHtml, string KeyFindingsHtml, string FutureResearchHtml, DateOnly? LastReviewedOn);

    public sealed record TopicRow(string Slug, string Title, HeadlineRating Rating);
}
