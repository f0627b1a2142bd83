using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Search;

/// <summary>
/// What both engines share: the search tables (search_studies, search_study_findings, search_topics,
/// search_words, created by the AddSearchIndex migrations), how they are written, and how a search
/// is put together. Subclasses supply only the full-text matching and ranking SQL.
/// </summary>
public abstract partial class SearchIndex(PortalDbContext db) : ISearchIndex
{
    /// <summary>Facets are counted over at most this many best matches, so a very common word stays cheap.</summary>
    public const int FacetSample = 1000;

    protected PortalDbContext Db => db;

    /// <summary>The id column of a full-text match (rowid on FTS5, study_id on PostgreSQL).</summary>
    protected abstract string MatchId { get; }

    /// <summary>"FROM ... WHERE ..." selecting studies that match @q.</summary>
    protected abstract string StudyMatchSql { get; }

    /// <summary>ORDER BY expression, best first.</summary>
    protected abstract string StudyRankSql { get; }

    /// <summary>A subquery listing the ids in the parameter made by <see cref="IdsValue"/>.</summary>
    protected abstract string IdsSql(string parameter);

    protected abstract object IdsValue(IReadOnlyList<int> ids);

    /// <summary>The user's terms in the engine's query language, every word quoted.</summary>
    public abstract string MatchText(SearchTerms terms);

    /// <summary>Topics matching @q, best first, with their columns; LIMIT @limit.</summary>
    protected abstract string TopicSearchSql { get; }

    public async Task<StudyResults> SearchStudiesAsync(StudyQuery query, CancellationToken cancellationToken)
    {
        var skip = (query.Page - 1) * query.PageSize;
        var limit = Math.Max(FacetSample, skip + query.PageSize);
        var parameters = new Dictionary<string, object?> { ["q"] = MatchText(query.Terms), ["limit"] = limit };
        var filters = FilterSql(query, parameters);
        return await WithConnectionAsync(async () =>
        {
            var ids = await ReadAsync($"SELECT {MatchId} {StudyMatchSql}{filters} ORDER BY {StudyRankSql} LIMIT @limit",
                parameters, r => r.GetInt32(0), cancellationToken);
            var total = ids.Count < limit
                ? ids.Count
                : Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) {StudyMatchSql}{filters}", parameters, cancellationToken));
            var pageIds = ids.Skip(skip).Take(query.PageSize).ToList();
            var hits = await HitsAsync(pageIds, cancellationToken);
            var facets = await FacetsAsync(ids.Take(FacetSample).ToList(), query, cancellationToken);
            return new StudyResults(total, hits, facets, FacetSample);
        });
    }

    public async Task<int> CountStudiesAsync(SearchTerms terms, CancellationToken cancellationToken) =>
        terms.IsEmpty ? 0 : await WithConnectionAsync(async () => Convert.ToInt32(await ScalarAsync(
            $"SELECT COUNT(*) {StudyMatchSql}", new() { ["q"] = MatchText(terms) }, cancellationToken)));

    public async Task<IReadOnlyList<TopicHit>> SearchTopicsAsync(SearchTerms terms, int limit, CancellationToken cancellationToken) =>
        terms.IsEmpty ? [] : await WithConnectionAsync(() => ReadAsync(TopicSearchSql,
            new() { ["q"] = MatchText(terms), ["limit"] = limit },
            r => new TopicHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken));

    public async Task<IReadOnlyList<string>> WordsLikeAsync(string word, CancellationToken cancellationToken)
    {
        // Candidates share the first two letters: a range scan on the primary key, then the caller measures distance.
        var start = word.Length < 2 ? word : word[..2];
        return await WithConnectionAsync(() => ReadAsync(
            "SELECT word FROM search_words WHERE word >= @from AND word < @to LIMIT 5000",
            new() { ["from"] = start, ["to"] = start + '\uffff' }, r => r.GetString(0), cancellationToken));
    }

    private string FilterSql(StudyQuery query, Dictionary<string, object?> parameters)
    {
        var findingConditions = FindingConditions(query, parameters, except: null);
        var sql = findingConditions.Length == 0 ? ""
            : $" AND {MatchId} IN (SELECT study_id FROM search_study_findings WHERE {findingConditions})";
        var studyConditions = new List<string>();
        if (query.Designs.Count > 0)
        {
            studyConditions.Add($"design IN ({InList("design", query.Designs, parameters)})");
        }
        if (query.YearFrom is { } from)
        {
            parameters["yearFrom"] = from;
            studyConditions.Add("year >= @yearFrom");
        }
        if (query.YearTo is { } to)
        {
            parameters["yearTo"] = to;
            studyConditions.Add("year <= @yearTo");
        }
        if (studyConditions.Count > 0)
        {
            sql += $" AND {MatchId} IN (SELECT study_id FROM search_studies WHERE {string.Join(" AND ", studyConditions)})";
        }
        return sql;
    }

    /// <summary>Conditions on one finding's topic, outcome and direction, leaving out the facet being counted.</summary>
    private static string FindingConditions(StudyQuery query, Dictionary<string, object?> parameters, string? except)
    {
        var conditions = new List<string>();
        foreach (var (facet, values) in new[] { ("topic", query.Topics), ("outcome", query.Outcomes), ("direction", query.Directions) })
        {
            if (facet != except && values.Count > 0)
            {
                conditions.Add($"{facet} IN ({InList(facet, values, parameters)})");
            }
        }
        return string.Join(" AND ", conditions);
    }

    private static string InList(string prefix, IReadOnlyList<string> values, Dictionary<string, object?> parameters)
    {
        var names = values.Select((v, i) => (Name: $"{prefix}{i}", Value: v)).ToList();
        foreach (var (name, value) in names)
        {
            parameters[name] = value;
        }
        return string.Join(", ", names.Select(n => "@" + n.Name));
    }
}
