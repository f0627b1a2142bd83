namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Full-text search over published studies and topic summaries, kept in step with the store
/// (<see cref="SearchIndexObserver"/>). SQLite uses FTS5; PostgreSQL a tsvector column with a GIN index.
/// </summary>
public interface ISearchIndex
{
    Task<StudyResults> SearchStudiesAsync(StudyQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<TopicHit>> SearchTopicsAsync(SearchTerms terms, int limit, CancellationToken cancellationToken);

    /// <summary>How many published studies contain all these terms (no filters).</summary>
    Task<int> CountStudiesAsync(SearchTerms terms, CancellationToken cancellationToken);

    /// <summary>Indexed words spelled like <paramref name="word"/>: the candidates for "did you mean".</summary>
    Task<IReadOnlyList<string>> WordsLikeAsync(string word, CancellationToken cancellationToken);

    /// <summary>Brings these studies' entries up to date: indexed again if published, removed if not.</summary>
    Task ReindexStudiesAsync(IReadOnlyCollection<int> studyIds, CancellationToken cancellationToken);

    Task ReindexTopicsAsync(IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken);

    /// <summary>Empties the index and indexes every published study and topic again.</summary>
    Task RebuildAsync(CancellationToken cancellationToken);

    /// <summary>False when the index holds a different number of studies or topics than the store publishes.</summary>
    Task<bool> IsInStepAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A search for studies: the terms, the facet filters (the same names and values as /studies, and the
/// same meaning: topic, outcome and direction must hold for one finding), and the page wanted.
/// </summary>
public sealed record StudyQuery(
    SearchTerms Terms,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Directions,
    IReadOnlyList<string> Designs,
    int? YearFrom,
    int? YearTo,
    int Page,
    int PageSize);

/// <summary>
/// One page of ranked studies and how many matched. When more than <see cref="SearchIndex.RankDepth"/>
/// match, only that many (the most recently added) are ranked and can be paged to, and the page says
/// "more than" that many (<see cref="MoreThanCount"/>) rather than counting every match.
/// Facets are counted over the best <see cref="FacetSample"/> ranked matches, exact within that.
/// </summary>
public sealed record StudyResults(
    int Count,
    bool MoreThanCount,
    IReadOnlyList<StudyHit> Hits,
    IReadOnlyList<FacetCount> Facets,
    int FacetSample
)
{
    public bool FacetsAreSampled => MoreThanCount || Count > FacetSample;
}

public sealed record StudyHit(
    int Id,
    string Slug,
    string Title,
    string Authors,
    int Year,
    string Design,
    string Names,
    string Details,
    string Notes
);

public sealed record TopicHit(int Id, string Slug, string Title, string KeyMessage, string Summary);

/// <summary>How many matching studies have this value. Facet is topic, outcome, direction, design or year.</summary>
public sealed record FacetCount(string Facet, string Value, int Count);
