using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Reviews;

/// <summary>
/// The "quantity and quality of the research" figures, counted from the study records on every
/// read so they can never drift from the table below them.
/// </summary>
public sealed record ResearchOverview(
    int Studies, int Findings, int? FirstYear, int? LastYear, int Controlled, int QualitativeFindings,
    IReadOnlyList<(string Label, int Count)> ByDesign,
    IReadOnlyList<(string Label, int Count)> ByCountry,
    IReadOnlyList<(string Label, int Count)> ByTopic)
{
    /// <summary>
    /// Counted in the store from the evidence summary (Publishing/EvidenceSummary): studies by design and country
    /// from one row per study in the review, findings by topic from one row per study in each topic. Two grouped
    /// reads through covering indexes, so the cost does not grow with the rows the page shows.
    /// </summary>
    public static async Task<ResearchOverview> LoadAsync(
        PortalDbContext db, int reviewId, IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken)
    {
        var studies = await db.StudyReviews.AsNoTracking().Where(r => r.ReviewId == reviewId)
            .GroupBy(s => new { s.DesignCategory, s.Country })
            .Select(g => new
            {
                g.Key.DesignCategory,
                g.Key.Country,
                Count = g.Count(),
                First = g.Min(s => s.Year),
                Last = g.Max(s => s.Year),
            })
            .ToListAsync(cancellationToken);
        var counts = await db.StudyTopics.AsNoTracking().Where(t => topicIds.Contains(t.TopicId))
            .GroupBy(t => t.TopicId)
            .Select(g => new
            {
                TopicId = g.Key,
                Studies = g.Count(),
                Findings = g.Sum(t => t.Findings),
                Qualitative = g.Sum(t => t.QualitativeFindings),
            })
            .ToListAsync(cancellationToken);
        var titles = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);
        var topics = counts.Select(c => new { Title = titles[c.TopicId], c.Studies, c.Findings, c.Qualitative })
            .ToList();
        return new(
            studies.Sum(s => s.Count),
            topics.Sum(t => t.Findings),
            studies.Count == 0 ? null : studies.Min(s => s.First),
            studies.Count == 0 ? null : studies.Max(s => s.Last),
            studies.Where(s => s.DesignCategory.IsControlled()).Sum(s => s.Count),
            topics.Sum(t => t.Qualitative),
            studies
                .GroupBy(s => s.DesignCategory)
                .OrderBy(g => g.Key)
                .Select(g => (g.Key.Label(), g.Sum(s => s.Count)))
                .ToList(),
            studies
                .GroupBy(s => s.Country ?? "Not reported")
                .Select(g => (Label: g.Key, Count: g.Sum(s => s.Count)))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .ToList(),
            topics
                .OrderByDescending(t => t.Studies)
                .ThenBy(t => t.Title, StringComparer.Ordinal)
                .Select(t => (t.Title, t.Studies))
                .ToList()
        );
    }
}
