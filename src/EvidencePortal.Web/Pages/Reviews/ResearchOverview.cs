using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;

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
    public static ResearchOverview From(IReadOnlyList<StudyTableRow> rows) => new(
        rows.Count,
        rows.Sum(r => r.Findings.Count),
        rows.Count == 0 ? null : rows.Min(r => r.Year),
        rows.Count == 0 ? null : rows.Max(r => r.Year),
        rows.Count(r => r.Design.IsControlled()),
        rows.Sum(r => r.Findings.Count(f => f.Kind == FindingKind.Qualitative)),
        rows.GroupBy(r => r.Design).OrderBy(g => g.Key).Select(g => (g.Key.Label(), g.Count())).ToList(),
        rows.GroupBy(r => r.Country ?? "Not reported").OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList(),
        rows.SelectMany(r => r.Findings.Select(f => (f.Topic, r.Slug))).Distinct().GroupBy(x => x.Topic)
            .OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count())).ToList());
}
