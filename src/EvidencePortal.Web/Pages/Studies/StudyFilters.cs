using EvidencePortal.Web.Domain;
using Microsoft.Extensions.Primitives;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// The /studies query string, read by hand so every bad value gets a message a person understands
/// (and the page answers 400 with the typed values kept), never a model-binding 500.
/// </summary>
public sealed class StudyFilters
{
    public const int MinYear = 1900;
    public static readonly int[] PageSizes = [10, 20, 50, 100];

    public IReadOnlyList<string> Topics { get; private init; } = [];
    public IReadOnlyList<string> Designs { get; private init; } = [];
    public IReadOnlyList<string> Countries { get; private init; } = [];
    public IReadOnlyList<string> Outcomes { get; private init; } = [];
    public IReadOnlyList<string> Directions { get; private init; } = [];
    public IReadOnlyList<string> Interventions { get; private init; } = [];
    public string? YearFromText { get; private init; }
    public string? YearToText { get; private init; }
    public int? YearFrom { get; private set; }
    public int? YearTo { get; private set; }
    public string Sort { get; private set; } = "study";
    public bool Descending { get; private set; }
    public int Page { get; private set; } = 1;
    public int PageSize { get; private set; } = 20;
    public Dictionary<string, string> Errors { get; } = [];

    public bool NarrowsFindings =>
        Topics.Count > 0 || Outcomes.Count > 0 || Directions.Count > 0 || Interventions.Count > 0;
    public bool IsFiltered =>
        NarrowsFindings || Designs.Count > 0 || Countries.Count > 0 || YearFrom is not null || YearTo is not null;

    public IEnumerable<EffectDirection> DirectionValues =>
        Directions.Select(d => EffectDirectionText.TryParseSlug(d, out var v) ? v : EffectDirection.Unclear);

    public IEnumerable<DesignCategory> DesignValues =>
        Designs.Select(d => DesignCategoryText.TryParseSlug(d, out var v) ? v : DesignCategory.OtherReview);

    public static StudyFilters Parse(IQueryCollection query, FilterOptions options)
    {
        var filters = new StudyFilters
        {
            Topics = Values(query["topic"]), Designs = Values(query["design"]), Countries = Values(query["country"]),
            Outcomes = Values(query["outcome"]), Directions = Values(query["direction"]),
            Interventions = Values(query["intervention"]),
            YearFromText = Single(query["yearFrom"]), YearToText = Single(query["yearTo"]),
        };
        filters.Check("topic", filters.Topics, options.Topics.Select(t => t.Value), "topic");
        filters.Check("design", filters.Designs, options.Designs.Select(t => t.Value), "study design");
        filters.Check("country", filters.Countries, options.Countries.Select(t => t.Value), "country");
        filters.Check("outcome", filters.Outcomes, options.Outcomes.Select(t => t.Value), "outcome");
        filters.Check("direction", filters.Directions, options.Directions.Select(t => t.Value), "direction");
        filters.Check(
            "intervention",
            filters.Interventions,
            (options.Interventions ?? []).Select(t => t.Value),
            "intervention"
        );
        filters.YearFrom = filters.ParseYear("yearFrom", "From year", filters.YearFromText);
        filters.YearTo = filters.ParseYear("yearTo", "To year", filters.YearToText);
        if (filters.YearFrom > filters.YearTo)
        {
            filters.Errors["yearTo"] = "The 'to' year must be the same as or later than the 'from' year.";
        }
        filters.ParseSortAndPaging(query);
        return filters;
    }

    private void ParseSortAndPaging(IQueryCollection query)
    {
        var sort = Single(query["sort"])?.ToLowerInvariant() ?? "study";
        if (sort is "study" or "year" or "design" or "country")
        {
            Sort = sort;
        }
        else
        {
            Errors["sort"] = "Sort by study, year, design or country.";
        }
        var order = Single(query["order"])?.ToLowerInvariant() ?? "asc";
        if (order is "asc" or "desc")
        {
            Descending = order == "desc";
        }
        else
        {
            Errors["order"] = "The order must be 'asc' (A to Z, oldest first) or 'desc'.";
        }
        var page = Single(query["page"]);
        if (page is not null)
        {
            if (int.TryParse(page, out var number) && number >= 1)
            {
                Page = number;
            }
            else
            {
                Errors["page"] = "The page number must be a whole number, 1 or more.";
            }
        }
        var size = Single(query["size"]);
        if (size is not null)
        {
            if (int.TryParse(size, out var number) && PageSizes.Contains(number))
            {
                PageSize = number;
            }
            else
            {
                Errors["size"] = $"Show {string.Join(", ", PageSizes)} studies a page.";
            }
        }
    }

    private void Check(string key, IReadOnlyList<string> given, IEnumerable<string> allowed, string what)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        var unknown = given.Where(g => !known.Contains(g)).ToList();
        if (unknown.Count > 0)
        {
            Errors[key] = $"There is no {what} called '{Shorten(unknown[0])}'. Choose from the list.";
        }
    }

    private int? ParseYear(string key, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var maxYear = DateTime.UtcNow.Year + 1;
        if (int.TryParse(text.Trim(), out var year) && year >= MinYear && year <= maxYear)
        {
            return year;
        }
        Errors[key] = $"{label} must be a year between {MinYear} and {maxYear}, like 2015.";
        return null;
    }

    private static List<string> Values(StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(50).ToList();

    private static string? Single(StringValues values) =>
        values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}

/// <summary>A choice in a filter: the value in the URL and the label people read, with how many studies
/// match.</summary>
public sealed record FilterOption(string Value, string Label);

/// <summary>The choices each filter offers (interventions are what the evidence map links to).</summary>
public sealed record FilterOptions(
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Designs,
    IReadOnlyList<FilterOption> Countries,
    IReadOnlyList<FilterOption> Outcomes,
    IReadOnlyList<FilterOption> Directions,
    IReadOnlyList<FilterOption>? Interventions = null
);
