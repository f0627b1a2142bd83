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
            // Topic, outcome and direction must hold for the same finding: "loneliness, positive" means a
            // positive finding on loneliness, not any positive finding in a study that also measured loneliness.
            var topics = filters.Topics.ToList();
            var outcomes = filters.Outcomes.ToList();
            var directions = filters.DirectionValues.ToList();
            var interventions = filters.Interventions.ToList();
            studies = studies.Where(s =>
                s.Findings.Any(f =>
                    f.Intervention!.Status == PublicationStatus.Published
                    && f.Outcome!.Status == PublicationStatus.Published
                    && (topics.Count == 0 || topics.Contains(f.Intervention.Topic!.Slug))
                    && (outcomes.Count == 0 || outcomes.Contains(f.Outcome.Slug))
                    && (directions.Count == 0 || directions.Contains(f.Direction))
                    && (interventions.Count == 0 || interventions.Contains(f.Intervention.Slug))
                )
            );
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
