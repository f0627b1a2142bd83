using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// /search?q=: ranked studies and topic summaries, with facet filters that use the /studies names
/// (topic, design, outcome, direction, yearFrom, yearTo) and paging, all in the address.
/// </summary>
public sealed class IndexModel(PortalDbContext db, ISearchIndex index, SearchSuggestions suggestions)
    : PageModel,
        IPortalPage
{
    public const int TopicLimit = 6;

    public SearchTerms Terms { get; private set; } = SearchTerms.Empty;
    public string TypedText { get; private set; } = "";
    public StudyFilters Filters { get; private set; } = null!;
    public FilterOptions Options { get; private set; } = null!;
    public StudyResults? Results { get; private set; }
    public IReadOnlyList<TopicHit> TopicHits { get; private set; } = [];
    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];
    public string? DidYouMean { get; private set; }
    public IReadOnlyList<SearchSuggestions.WordCount> EachWord { get; private set; } = [];
    public SearchHighlighter Highlighter { get; private set; } = new(SearchTerms.Empty);
    public SearchLinks Links { get; private set; } = null!;
    public int PageCount { get; private set; }

    public bool NothingFound => Results is { Count: 0 } && TopicHits.Count == 0;

    public string PageTitle =>
        Filters.Errors.Count > 0 ? "Error: Search"
        : Terms.IsEmpty ? "Search"
        : $"Search: {Shorten(Terms.Text)}" + (Filters.Page > 1 ? $" (page {Filters.Page})" : "");

    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Links = new SearchLinks(Request.Query);
        var typed = Request.Query["q"].FirstOrDefault() ?? "";
        Terms = SearchTerms.Parse(typed);
        TypedText = SearchTerms.Tidy(typed);
        Options = await OptionsAsync(cancellationToken);
        Filters = StudyFilters.Parse(Request.Query, Options);
        if (Filters.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Terms.IsEmpty)
        {
            return Page();
        }
        Highlighter = new SearchHighlighter(Terms);
        Results = await index.SearchStudiesAsync(
            new StudyQuery(
                Terms,
                Filters.Topics,
                Filters.Outcomes,
                Filters.Directions,
                Filters.Designs,
                Filters.YearFrom,
                Filters.YearTo,
                Filters.Page,
                Filters.PageSize
            ),
            cancellationToken
        );
        PageCount = Math.Max(1, (int)Math.Ceiling(Results.Count / (double)Filters.PageSize));
        if (Filters.Page > PageCount)
        {
            return this.NotFoundPageWithLink(
                $"There is no page {Filters.Page}: this search has {PageCount} page(s) of studies.",
                Links.Page(1),
                "Go to the first page"
            );
        }
        Facets = SearchFacets.Build(Results, Filters, Options, Links);
        if (Filters.Page == 1 && !Filters.IsFiltered)
        {
            TopicHits = await index.SearchTopicsAsync(Terms, TopicLimit, cancellationToken);
        }
        if (NothingFound)
        {
            DidYouMean = await suggestions.DidYouMeanAsync(Terms, cancellationToken);
            EachWord = await suggestions.EachWordAsync(Terms, cancellationToken);
        }
        return Page();
    }

    /// <summary>The text under a result: the part of its notes or details that matched, or its first note.</summary>
    public string SnippetFor(StudyHit hit)
    {
        var field = new[] { hit.Notes, hit.Details, hit.Names, hit.Authors }.FirstOrDefault(Highlighter.Contains)
            ?? hit.Notes;
        return Highlighter.Excerpt(field.ReplaceLineEndings(" "));
    }

    /// <summary>
    /// Labels for the facets: topics and outcomes from the store (a handful of rows), designs and
    /// directions from their enums. Countries are not a search facet, so a country filter is refused.
    /// </summary>
    private async Task<FilterOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        var topics = await db.Topics.AsNoTracking().Live().OrderBy(t => t.Review!.Order).ThenBy(t => t.Order)
            .Select(t => new FilterOption(t.Slug, t.Title)).ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().Live().OrderBy(o => o.Order)
            .Select(o => new FilterOption(o.Slug, o.Name)).ToListAsync(cancellationToken);
        return new FilterOptions(topics,
            Enum.GetValues<DesignCategory>().Select(d => new FilterOption(d.Slug(), d.Label())).ToList(), [],
            outcomes, Enum.GetValues<EffectDirection>().Select(d => new FilterOption(d.Slug(), d.Label())).ToList());
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
