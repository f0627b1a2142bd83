using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage
{
    public TopicView Topic { get; private set; } = null!;
    public HeadlineRating Rating { get; private set; } = null!;
    public StudyTableView Table { get; private set; } = null!;

    public string PageTitle => Topic.Title;
    public IReadOnlyList<Crumb> Breadcrumbs =>
        [new("Home", "/"), new(Topic.ReviewShortTitle, $"/reviews/{Topic.ReviewSlug}")];

    public async Task<IActionResult> OnGetAsync(string slug, string? sort, string? order, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking().Live().Where(t => t.Slug == slug)
            .Select(t => new TopicView(t.Id, t.Slug, t.Title, t.KeyMessage, t.SummaryHtml, t.LastReviewedOn,
                t.Review!.Slug, t.Review.ShortTitle,
                t.Interventions.Where(i => i.Status == PublicationStatus.Published).OrderBy(i => i.Order)
                    .Select(i => new InterventionView(i.Name, i.Description)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return this.NotFoundPage("topic", slug);
        }
        var tableSort = TableSort.Parse(sort, order);
        if (tableSort is null)
        {
            return this.BadRequestPage("That sort order is not one this table offers.", $"/topics/{slug}");
        }
        Topic = topic;
        Rating = (await TopicRatings.ForTopicsAsync(db, [topic.Id], cancellationToken))[topic.Id];
        var rows = await StudyTable.LoadAsync(db, f => f.Intervention!.TopicId == topic.Id, tableSort, cancellationToken);
        Table = new StudyTableView(rows, tableSort, $"Studies and findings on {topic.Title.ToLowerInvariant()} ({rows.Count})",
            $"/topics/{slug}", ShowTopic: topic.Interventions.Count > 1);
        return Page();
    }

    public sealed record TopicView(
        int Id, string Slug, string Title, string KeyMessage, string SummaryHtml, DateOnly? LastReviewedOn,
        string ReviewSlug, string ReviewShortTitle, IReadOnlyList<InterventionView> Interventions);

    public sealed record InterventionView(string Name, string? Description);
}
