using System.Linq.Expressions;
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
    /// Counted in the store over the live findings in scope and their studies: two grouped reads (studies by
    /// design and country, findings by topic), so the cost does not grow with the rows the page shows.
    /// </summary>
    public static async Task<ResearchOverview> LoadAsync(
        PortalDbContext db, Expression<Func<Finding, bool>> scope, CancellationToken cancellationToken)
    {
        var findings = db.Findings.AsNoTracking().Live().Where(scope);
        var studies = await db.Studies.AsNoTracking().Where(s => findings.Select(f => f.StudyId).Contains(s.Id))
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
        var topics = await findings.GroupBy(f => f.Intervention!.Topic!.Title)
            .Select(g => new
            {
                Title = g.Key,
                Studies = g.Select(f => f.StudyId).Distinct().Count(),
                Findings = g.Count(),
                Qualitative = g.Count(f => f.Kind == FindingKind.Qualitative),
            })
            .ToListAsync(cancellationToken);
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
