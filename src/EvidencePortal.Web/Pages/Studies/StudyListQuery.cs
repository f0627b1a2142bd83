using System.Linq.Expressions;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>The /studies queries: filter options, then one page of matching studies and their findings.</summary>
public static class StudyListQuery
{
    public static async Task<FilterOptions> OptionsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var topics = await db.Topics.AsNoTracking().Live().OrderBy(t => t.Review!.Order).ThenBy(t => t.Order)
            .Select(t => new FilterOption(t.Slug, t.Title)).ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().Live().OrderBy(o => o.Order)
            .Select(o => new FilterOption(o.Slug, o.Name)).ToListAsync(cancellationToken);
        var interventions = await db.Interventions.AsNoTracking().Live().OrderBy(i => i.Name)
            .Select(i => new FilterOption(i.Slug, i.Name)).ToListAsync(cancellationToken);
        var countries = await db.Studies.AsNoTracking().Live().Where(s => s.Country != null)
            .Select(s => s.Country!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        return new FilterOptions(
            topics,
            Enum.GetValues<DesignCategory>().Select(d => new FilterOption(d.Slug(), d.Label())).ToList(),
            countries.Select(c => new FilterOption(c, c)).ToList(),
            outcomes,
            Enum.GetValues<EffectDirection>().Select(d => new FilterOption(d.Slug(), d.Label())).ToList(),
            interventions);
    }

    public static IQueryable<Study> Matching(PortalDbContext db, StudyFilters filters)
    {
        var studies = db.Studies.AsNoTracking().Live();
        if (filters.NarrowsFindings)
        {
            var cells = MatchingCells(db, filters, withStudyFields: false);
            studies = studies.Where(s => cells.Any(c => c.StudyId == s.Id));
        }
        if (filters.Designs.Count > 0)
        {
            var designs = filters.DesignValues.ToList();
            studies = studies.Where(s => designs.Contains(s.DesignCategory));
        }
        if (filters.Countries.Count > 0)
        {
            var countries = filters.Countries.ToList();
            studies = studies.Where(s => countries.Contains(s.Country!));
        }
        if (filters.YearFrom is { } from)
        {
            studies = studies.Where(s => s.Year >= from);
        }
        if (filters.YearTo is { } to)
        {
            studies = studies.Where(s => s.Year <= to);
        }
        return studies;
    }

    /// <summary>
    /// How many studies match. Filtered by findings and not by country, they are counted from the evidence summary
    /// alone, which carries each study's design and year: one index scan, instead of a lookup for every study.
    /// </summary>
    public static Task<int> CountAsync(PortalDbContext db, StudyFilters filters, CancellationToken cancellationToken) =>
        filters.NarrowsFindings && filters.Countries.Count == 0
            ? MatchingCells(db, filters, withStudyFields: true).Select(c => c.StudyId).Distinct()
                .CountAsync(cancellationToken)
            : Matching(db, filters).CountAsync(cancellationToken);

    /// <summary>
    /// Topic, outcome and direction must hold for the same finding: "loneliness, positive" means a positive finding
    /// on loneliness, not any positive finding in a study that also measured loneliness. The evidence summary keeps
    /// every direction found per study, intervention and outcome, so no finding is joined to its intervention, topic
    /// and outcome here.
    /// </summary>
    public static IQueryable<StudyCell> MatchingCells(PortalDbContext db, StudyFilters filters, bool withStudyFields)
    {
        var cells = db.StudyCells.AsNoTracking();
        if (filters.Topics.Count > 0)
        {
            var slugs = filters.Topics.ToList();
            var ids = db.Topics.Live().Where(t => slugs.Contains(t.Slug)).Select(t => t.Id);
            cells = cells.Where(c => ids.Contains(c.TopicId));
        }
        if (filters.Outcomes.Count > 0)
        {
            var slugs = filters.Outcomes.ToList();
            var ids = db.Outcomes.Live().Where(o => slugs.Contains(o.Slug)).Select(o => o.Id);
            cells = cells.Where(c => ids.Contains(c.OutcomeId));
        }
        if (filters.Interventions.Count > 0)
        {
            var slugs = filters.Interventions.ToList();
            var ids = db.Interventions.Live().Where(i => slugs.Contains(i.Slug)).Select(i => i.Id);
            cells = cells.Where(c => ids.Contains(c.InterventionId));
        }
        if (filters.DirectionValues.Any())
        {
            var mask = DirectionFlags.Of(filters.DirectionValues);
            cells = cells.Where(c => (c.Directions & mask) != 0);
        }
        if (withStudyFields && filters.Designs.Count > 0)
        {
            var designs = filters.DesignValues.ToList();
            cells = cells.Where(c => designs.Contains(c.DesignCategory));
        }
        if (withStudyFields && filters.YearFrom is { } from)
        {
            cells = cells.Where(c => c.Year >= from);
        }
        if (withStudyFields && filters.YearTo is { } to)
        {
            cells = cells.Where(c => c.Year <= to);
        }
        return cells;
    }

    /// <summary>Designs in the order of the enum (strongest first), for sorting in the store where they are
    /// text.</summary>
    public static readonly Expression<Func<Study, int>> DesignOrder = s =>
        s.DesignCategory == DesignCategory.SystematicReview ? 0 :
        s.DesignCategory == DesignCategory.Rct ? 1 :
        s.DesignCategory == DesignCategory.ControlledStudy ? 2 :
        s.DesignCategory == DesignCategory.BeforeAfter ? 3 :
        s.DesignCategory == DesignCategory.MixedMethods ? 4 :
        s.DesignCategory == DesignCategory.Qualitative ? 5 : 6;

    public static IOrderedQueryable<Study> Sorted(IQueryable<Study> studies, StudyFilters filters) =>
        Sorted(studies, filters.Sort, filters.Descending);

    /// <summary>The store's order for a sort column (year, design, country; anything else sorts by authors).</summary>
    public static IOrderedQueryable<Study> Sorted(IQueryable<Study> studies, string? column, bool descending)
    {
        var designOrder = DesignOrder;
        var d = descending;
        var ordered = column switch
        {
            "year" => d ? studies.OrderByDescending(s => s.Year) : studies.OrderBy(s => s.Year),
            "design" => d ? studies.OrderByDescending(designOrder) : studies.OrderBy(designOrder),
            "country" => d
                ? studies.OrderByDescending(s => s.Country)
                : studies.OrderBy(s => s.Country == null).ThenBy(s => s.Country),
            _ => d ? studies.OrderByDescending(s => s.Authors) : studies.OrderBy(s => s.Authors),
        };
        return ordered.ThenBy(s => s.Authors).ThenBy(s => s.Year).ThenBy(s => s.Id);
    }
}
