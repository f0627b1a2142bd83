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
            .Select(o => new { o.Id, Column = new MapColumn(o.Slug, o.Name) }).ToListAsync(cancellationToken);
        var interventions = await db.Interventions.AsNoTracking().Live()
            .Where(i => i.Topic!.Status == PublicationStatus.Published)
            .OrderBy(i => i.Topic!.Review!.Order).ThenBy(i => i.Topic!.Order).ThenBy(i => i.Order)
            .Select(i => new { i.Id, i.Slug, i.Name, TopicSlug = i.Topic!.Slug, TopicTitle = i.Topic.Title })
            .ToListAsync(cancellationToken);

        // Each study's findings in a cell are already reduced to one direction (Publishing/EvidenceSummary), so the
        // studies are counted per cell and direction through one index: a few hundred rows come back, and the time
        // does not grow with the findings behind them.
        // Only design and years can narrow the map; the studies list narrows its cells the same way.
        var cells = StudyListQuery.MatchingCells(db, filters, withStudyFields: true);
        var counts = (await cells
                .GroupBy(c => new { c.InterventionId, c.OutcomeId, c.Direction })
                .Select(g => new { g.Key.InterventionId, g.Key.OutcomeId, g.Key.Direction, Studies = g.Count() })
                .ToListAsync(cancellationToken))
            .GroupBy(c => (c.InterventionId, c.OutcomeId))
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Direction).Select(c => (c.Direction, c.Studies)).ToList());

        MapCell Cell(int intervention, int outcome, string outcomeSlug)
        {
            var directions = counts.GetValueOrDefault((intervention, outcome)) ?? [];
            return new MapCell(outcomeSlug, directions.Sum(d => d.Studies), directions);
        }

        var topics = interventions.GroupBy(i => (i.TopicSlug, i.TopicTitle))
            .Select(t => new MapTopic(t.Key.TopicSlug, t.Key.TopicTitle,
                t.Select(i => new MapRow(i.Slug, i.Name,
                    columns.Select(c => Cell(i.Id, c.Id, c.Column.Slug)).ToList())).ToList()))
            .ToList();
        return (columns.Select(c => c.Column).ToList(), topics);
    }
}
