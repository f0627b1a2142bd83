using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

/// <summary>Everything the topic page shows, from a live topic or (for an editor's preview) its draft.</summary>
public sealed record TopicPageView(
    int Id,
    int LiveId,
    string Slug,
    string Title,
    string KeyMessage,
    string SummaryHtml,
    DateOnly? LastReviewedOn,
    string ReviewSlug,
    string ReviewShortTitle,
    HeadlineDirection? OverrideDirection,
    EvidenceStrength? OverrideStrength,
    string? OverrideRationale
)
{
    public IReadOnlyList<InterventionView> Interventions { get; init; } = [];
    public HeadlineRating Rating { get; init; } = null!;
    public StudyTableView Table { get; init; } = null!;

    public static async Task<TopicPageView?> LoadAsync(
        PortalDbContext db,
        IQueryable<Topic> rows,
        TableSort sort,
        string basePath,
        CancellationToken cancellationToken,
        int maxRows = StudyTable.MaxRows
    )
    {
        var topic = await rows.AsNoTracking()
            .Select(t => new TopicPageView(
                t.Id,
                t.DraftOfId ?? t.Id,
                t.Slug,
                t.Title,
                t.KeyMessage,
                t.SummaryHtml,
                t.LastReviewedOn,
                t.Review!.Slug,
                t.Review.ShortTitle,
                t.OverrideDirection,
                t.OverrideStrength,
                t.OverrideRationale
            ))
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return null;
        }
        // Interventions and findings hang off the live topic, also when the row shown is its draft.
        var interventions = await db
            .Interventions.AsNoTracking()
            .Live()
            .Where(i => i.TopicId == topic.LiveId)
            .OrderBy(i => i.Order)
            .Select(i => new InterventionView(i.Name, i.Description))
            .ToListAsync(cancellationToken);
        var rating = (await TopicRatings.ForTopicsAsync(db, [topic.LiveId], cancellationToken, applyOverrides: false))[
            topic.LiveId
        ];
        if (
            topic.OverrideDirection is { } direction
            && topic.OverrideStrength is { } strength
            && topic.OverrideRationale is { } why
        )
        {
            rating = rating.WithOverride(direction, strength, why);
        }
        var table = await StudyTable.LoadAsync(db, [topic.LiveId], sort, cancellationToken, maxRows);
        return topic with
        {
            Interventions = interventions,
            Rating = rating,
            Table = new StudyTableView(
                table.Rows,
                sort,
                $"Studies and findings on {topic.Title.ToLowerInvariant()} ({table.Total})",
                basePath,
                ShowTopic: interventions.Count > 1
            )
            {
                Total = table.Total,
                AllStudiesHref = $"/studies?topic={Uri.EscapeDataString(topic.Slug)}",
            },
        };
    }

    public sealed record InterventionView(string Name, string? Description);
}
