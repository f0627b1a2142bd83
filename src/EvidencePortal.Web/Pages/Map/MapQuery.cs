using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
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
public sealed record MapCell(
    string OutcomeSlug,
    int Studies,
    IReadOnlyList<(EffectDirection Direction, int Studies)> Directions
)
{
    public string Text => Studies == 0 ? "No studies"
        : $"{Plural.Count(Studies, "study", "studies")}: " +
          string.Join(", ", Directions.Select(d => $"{d.Studies} {d.Direction.Label().ToLowerInvariant()}"));

    /// <summary>The direction most of the cell's studies share, for the colour that reinforces the text.</summary>
    public EffectDirection? Leading => Directions.Count == 0 ? null : Directions.MaxBy(d => d.Studies).Direction;
}

/// <summary>Three reads (columns, rows, then studies counted per cell and direction), assembled in memory.</summary>
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
        // Counted in the store: each study's findings in a cell reduce to which directions occur among them,
        // then studies are counted per cell and combined direction, so the memory the map needs does not grow
        // with the number of studies (a few hundred rows come back).
        var counts = await findings
            .GroupBy(f => new { Intervention = f.Intervention!.Slug, Outcome = f.Outcome!.Slug, f.StudyId })
            .Select(g => new
            {
                g.Key.Intervention,
                g.Key.Outcome,
                Positive = g.Max(f => f.Direction == EffectDirection.Positive ? 1 : 0),
                Mixed = g.Max(f => f.Direction == EffectDirection.Mixed ? 1 : 0),
                NoEffect = g.Max(f => f.Direction == EffectDirection.NoEffect ? 1 : 0),
                Negative = g.Max(f => f.Direction == EffectDirection.Negative ? 1 : 0),
            })
            .GroupBy(s => new { s.Intervention, s.Outcome, s.Positive, s.Mixed, s.NoEffect, s.Negative })
            .Select(g => new { g.Key, Studies = g.Count() })
            .ToListAsync(cancellationToken);
        var cells = counts
            .GroupBy(c => (c.Key.Intervention, c.Key.Outcome))
            .ToDictionary(
                g => g.Key,
                g =>
                    g.GroupBy(c =>
                            HeadlineRatingRule.Combine(
                                c.Key.Positive == 1,
                                c.Key.Mixed == 1,
                                c.Key.NoEffect == 1,
                                c.Key.Negative == 1
                            )
                        )
                        .OrderBy(d => d.Key)
                        .Select(d => (d.Key, d.Sum(c => c.Studies)))
                        .ToList()
            );

        MapCell Cell(string intervention, string outcome)
        {
            var directions = cells.GetValueOrDefault((intervention, outcome)) ?? [];
            return new MapCell(outcome, directions.Sum(d => d.Item2), directions);
        }

        var topics = interventions.GroupBy(i => (i.TopicSlug, i.TopicTitle))
            .Select(t => new MapTopic(t.Key.TopicSlug, t.Key.TopicTitle,
                t.Select(i => new MapRow(i.Slug, i.Name, columns.Select(c => Cell(i.Slug, c.Slug)).ToList())).ToList()))
            .ToList();
        return (columns, topics);
    }
}
