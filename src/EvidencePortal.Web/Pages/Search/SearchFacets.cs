using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;

namespace EvidencePortal.Web.Pages.Search;

public sealed record FacetGroup(string Key, string Legend, IReadOnlyList<FacetLink> Links);

/// <summary>A facet value with its count and the link that adds it (or, when chosen, removes it).</summary>
public sealed record FacetLink(string Label, int Count, bool Selected, string Href);

/// <summary>Turns the index's facet counts into labelled groups of links, in the order people scan them.</summary>
public static class SearchFacets
{
    /// <summary>Year bands, newest first: (label, from, to).</summary>
    public static readonly (string Label, int? From, int? To)[] YearBands =
    [
        ("2020 or later", 2020, null), ("2015 to 2019", 2015, 2019), ("2010 to 2014", 2010, 2014),
        ("2000 to 2009", 2000, 2009), ("Before 2000", null, 1999),
    ];

    public static List<FacetGroup> Build(
        StudyResults results,
        StudyFilters filters,
        FilterOptions options,
        SearchLinks links
    )
    {
        var counts = results.Facets.ToLookup(f => f.Facet);
        return new List<FacetGroup>
        {
            Group("topic", "Topic", options.Topics, counts["topic"], filters.Topics, links),
            Group("design", "Study design", options.Designs, counts["design"], filters.Designs, links),
            Group("outcome", "Outcome", options.Outcomes, counts["outcome"], filters.Outcomes, links),
            Group(
                "direction",
                "Direction of finding",
                options.Directions,
                counts["direction"],
                filters.Directions,
                links
            ),
            Years(counts["year"], filters, links),
        }.Where(g => g.Links.Count > 0).ToList();
    }

    private static FacetGroup Group(string key, string legend, IReadOnlyList<FilterOption> options,
        IEnumerable<FacetCount> counts, IReadOnlyList<string> selected, SearchLinks links)
    {
        var byValue = counts.ToDictionary(c => c.Value, c => c.Count);
        var items = options
            .Select(o => (Option: o, Count: byValue.GetValueOrDefault(o.Value), Selected: selected.Contains(o.Value)))
            .Where(o => o.Count > 0 || o.Selected)
            .Select(o => new FacetLink(o.Option.Label, o.Count, o.Selected,
                o.Selected ? links.Without(key, o.Option.Value) : links.With(key, o.Option.Value)))
            .ToList();
        return new FacetGroup(key, legend, items);
    }

    private static FacetGroup Years(IEnumerable<FacetCount> counts, StudyFilters filters, SearchLinks links)
    {
        var years = counts.Select(c => (Year: int.Parse(c.Value), c.Count)).ToList();
        var items = YearBands
            .Select(b =>
            {
                var count = years
                    .Where(y => (b.From is null || y.Year >= b.From) && (b.To is null || y.Year <= b.To))
                    .Sum(y => y.Count);
                var selected = filters.YearFrom == b.From && filters.YearTo == b.To;
                var href = selected
                    ? links.Set(("yearFrom", null), ("yearTo", null))
                    : links.Set(("yearFrom", b.From?.ToString()), ("yearTo", b.To?.ToString()));
                return new FacetLink(b.Label, count, selected, href);
            })
            .Where(l => l.Count > 0 || l.Selected)
            .ToList();
        return new FacetGroup("year", "Year published", items);
    }

    public static string DesignLabel(string slug) =>
        DesignCategoryText.TryParseSlug(slug, out var design) ? design.Label() : slug;
}
