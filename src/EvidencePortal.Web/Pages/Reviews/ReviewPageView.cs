using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Pages.Topics;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Reviews;

/// <summary>Everything the review page shows, from a live review or (for an editor's preview) its draft.</summary>
public sealed record ReviewPageView(
    int Id,
    int LiveId,
    string Slug,
    string Title,
    string ShortTitle,
    string Authors,
    string Publisher,
    string? CommissionedBy,
    DateOnly PublishedOn,
    string Scope,
    string KeyMessage,
    List<string> SourceUrls,
    string OverviewHtml,
    string SummaryOfStudiesHtml,
    string KeyFindingsHtml,
    string FutureResearchHtml,
    DateOnly? LastReviewedOn
)
{
    public IReadOnlyList<TopicRow> Topics { get; init; } = [];
    public ResearchOverview Overview { get; init; } = null!;
    public StudyTableView Table { get; init; } = null!;

    public static async Task<ReviewPageView?> LoadAsync(
        PortalDbContext db,
        IQueryable<Review> rows,
        TableSort sort,
        string basePath,
        CancellationToken cancellationToken
    )
    {
        var review = await rows.AsNoTracking()
            .Select(r => new ReviewPageView(
                r.Id,
                r.DraftOfId ?? r.Id,
                r.Slug,
                r.Title,
                r.ShortTitle,
                r.Authors,
                r.Publisher,
                r.CommissionedBy,
                r.PublishedOn,
                r.Scope,
                r.KeyMessage,
                r.SourceUrls,
                r.OverviewHtml,
                r.SummaryOfStudiesHtml,
                r.KeyFindingsHtml,
                r.FutureResearchHtml,
                r.LastReviewedOn
            ))
            .FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return null;
        }
        var topics = await db.Topics.AsNoTracking().Live().Where(t => t.ReviewId == review.LiveId).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Slug, t.Title }).ToListAsync(cancellationToken);
        var topicIds = topics.Select(t => t.Id).ToList();
        var ratings = await TopicRatings.ForTopicsAsync(db, topicIds, cancellationToken);
        var table = await StudyTable.LoadAsync(db, topicIds, sort, cancellationToken);
        return review with
        {
            Topics = topics.Select(t => new TopicRow(t.Slug, t.Title, ratings[t.Id])).ToList(),
            Overview = await ResearchOverview.LoadAsync(db, review.LiveId, topicIds, cancellationToken),
            Table = new StudyTableView(
                table.Rows,
                sort,
                $"All studies held for this review's topics ({table.Total}), with their findings",
                basePath,
                ShowTopic: true
            )
            {
                Total = table.Total,
                AllStudiesHref =
                    "/studies?" + string.Join("&", topics.Select(t => $"topic={Uri.EscapeDataString(t.Slug)}")),
            },
        };
    }

    public sealed record TopicRow(string Slug, string Title, HeadlineRating Rating);
}
