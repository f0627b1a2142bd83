using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Map;

public sealed record MapTopic(string Slug, string Title, IReadOnlyList<MapRow> Rows);

public sealed record MapRow(string Slug, string Name, IReadOnlyList<MapCell> Cells);

public sealed record MapColumn(string Slug, string Name);

/// <summary>
/// The studies behind one intervention and outcome, each counted once in the direction of its findings
/// there (their common direction, or mixed when they differ), so the directions add up to the studies.
/// </summary>
public sealed record MapCell(string OutcomeSlug, int Studies, IReadOnlyList<(EffectDirection Direction, int Studies)> Directions)
{
    public string Text => Studies == 0 ? "No studies"
        : $"{Studies} {(Studies == 1 ? "study" : "studies")}: " +
          string.Join(", ", Directions.Select(d => $"{d.Studies} {d.Direction.Label().ToLowerInvariant()}"));

    /// <summary>The direction most of the cell's studies share, for the colour that reinforces the text.</summary>
    public EffectDirection? Leading => Directions.Count == 0 ? null : Directions.MaxBy(d => d.Studies).Direction;
}

/// <summary>Two reads (rows and columns, then the live findings in scope), assembled in memory.</summary>
public static class MapQuery
{
    public static async Task<(IReadOnlyList<MapColumn> Columns, IReadOnlyList<MapTopic> Topics)> LoadAsync(
        PortalDbContext db, StudyFilters filters, CancellationToken cancellationToken)
    {
        var columns = await db.Outcomes.AsNoTracking().Live().OrderBy(o => o.Order)
            .Select(o => new MapColumn(o.Slug, o.Name)).ToListAsync(cancellationToken);
        var interventions = await db.Interventions.AsNoTracking().Live()
            .Where(i => i.Topic!.Status == PublicationStatus.Published)
            .OrderBy(i => i.Topic!.Review!.Order).ThenBy(i => i.Topic!.Order).ThenBy(i => i.Order)
            .Select(i => new { i.Slug, i.Name, TopicSlug = i.Topic!.Slug, TopicTitle = i.Topic.Title })
            .ToListAsync(cancellationToken);

        var findings = db.Findings.AsNoTracking().Live();
        if (filters.Designs.Count > 0)
        {
            var designs = filters.DesignValues.ToList();
            findings = findings.Where(f => designs.Contains(f.Study!.DesignCategory));
        }
        if (filters.YearFrom is { } from)
        {
            findings = findings.Where(f => f.Study!.Year >= from);
        }
        if (filters.YearTo is { } to)
        {
            findings = findings.Where(f => f.Study!.Year <= to);
        }
        var cells = (await findings
                .Select(f => new { Intervention = f.Intervention!.Slug, Outcome = f.Outcome!.Slug, f.StudyId, f.Direction })
                .ToListAsync(cancellationToken))
            .GroupBy(f => (f.Intervention, f.Outcome))
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.StudyId)
                .Select(s => HeadlineRatingRule.CombineSocialDirections(s.Select(f => f.Direction))).ToList());

        MapCell Cell(string intervention, string outcome)
        {
            var studies = cells.GetValueOrDefault((intervention, outcome)) ?? [];
            var directions = studies.GroupBy(d => d).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
            return new MapCell(outcome, studies.Count, directions);
        }

        var topics = interventions.GroupBy(i => (i.TopicSlug, i.TopicTitle))
            .Select(t => new MapTopic(t.Key.TopicSlug, t.Key.TopicTitle,
                t.Select(i => new MapRow(i.Slug, i.Name, columns.Select(c => Cell(i.Slug, c.Slug)).ToList())).ToList()))
            .ToList();
        return (columns, topics);
    }
}
