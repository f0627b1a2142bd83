using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// What both engines share: the search tables (search_studies, search_study_findings, search_topics,
/// search_words, created by the AddSearchIndex migrations), how they are written, and how a search
/// is put together. Subclasses supply only the full-text matching and ranking SQL.
/// </summary>
public abstract partial class SearchIndex(PortalDbContext db) : ISearchIndex
{
    /// <summary>Facets are counted over at most this many best matches, so a very common word stays cheap.</summary>
    public const int FacetSample = 500;

    /// <summary>At most this many matches are ranked (see <see cref="SearchStudiesAsync"/>).</summary>
    public const int RankDepth = 1000;

    protected PortalDbContext Db => db;

    /// <summary>The id column of a full-text match (rowid on FTS5, study_id on PostgreSQL).</summary>
    protected abstract string MatchId { get; }

    /// <summary>The id as filters test it: on FTS5 "+rowid", so SQLite checks filters against the matches
    /// instead of running the full-text match once per filtered id.</summary>
    protected abstract string FilterId { get; }

    /// <summary>"FROM ... WHERE ..." selecting studies that match @q.</summary>
    protected abstract string StudyMatchSql { get; }

    /// <summary>A match's score: lower is better (bm25 on FTS5, negated ts_rank on PostgreSQL).</summary>
    protected abstract string StudyScoreSql { get; }

    /// <summary>The user's terms in the engine's query language, every word quoted.</summary>
    public abstract string MatchText(SearchTerms terms);

    /// <summary>The query text to run; an engine may first look at the index (to expand a prefix, say).</summary>
    protected virtual Task<string> MatchTextAsync(SearchTerms terms, CancellationToken cancellationToken) =>
        Task.FromResult(MatchText(terms));

    /// <summary>Topics matching @q, best first, with their columns; LIMIT @limit.</summary>
    protected abstract string TopicSearchSql { get; }

    /// <summary>
    /// Ranks at most <see cref="RankDepth"/> matches, the most recently added: ranking is the costly part,
    /// and a search that matches more than this is better narrowed than paged through. One pass reads the
    /// newest matches (in id order, which both engines give without sorting) with their scores; they are
    /// ranked here, and only the best are read again for their facets and text.
    /// </summary>
    public async Task<StudyResults> SearchStudiesAsync(StudyQuery query, CancellationToken cancellationToken)
    {
        var skip = (query.Page - 1) * query.PageSize;
        var parameters = new Dictionary<string, object?> { ["limit"] = RankDepth + 1 };
        var filters = FilterSql(query, parameters);
        return await WithConnectionAsync(async () =>
        {
            parameters["q"] = await MatchTextAsync(query.Terms, cancellationToken);
            var matches = await ReadAsync(
                $"SELECT {MatchId}, {StudyScoreSql} {StudyMatchSql}{filters} ORDER BY {MatchId} DESC LIMIT @limit",
                parameters, r => (Id: r.GetInt32(0), Score: Convert.ToDouble(r.GetValue(1))), cancellationToken);
            var deep = matches.Count > RankDepth;
            var byScore = matches
                .Take(RankDepth)
                .OrderBy(m => m.Score)
                .ThenByDescending(m => m.Id)
                .Select(m => m.Id)
                .ToList();
            var ids = await InTitleFirstAsync(byScore, query.Terms, cancellationToken);
            var best = ids.Take(Math.Max(FacetSample, skip + query.PageSize)).ToList();
            var facetRows =
                best.Count == 0
                    ? []
                    : await ReadAsync(
                        "SELECT study_id, design, year, findings FROM search_studies "
                            + $"WHERE study_id IN ({IdList(best.Take(FacetSample))})",
                        new(),
                        r => new RankedRow(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetString(3)),
                        cancellationToken
                    );
            var hits = await HitsAsync(best.Skip(skip).Take(query.PageSize).ToList(), cancellationToken);
            return new StudyResults(ids.Count, deep, hits, Facets(facetRows, query), FacetSample);
        });
    }

    public async Task<int> CountStudiesAsync(SearchTerms terms, CancellationToken cancellationToken) =>
        terms.IsEmpty
            ? 0
            : await WithConnectionAsync(async () =>
                Convert.ToInt32(
                    await ScalarAsync(
                        $"SELECT COUNT(*) {StudyMatchSql}",
                        new() { ["q"] = await MatchTextAsync(terms, cancellationToken) },
                        cancellationToken
                    )
                )
            );

    public async Task<IReadOnlyList<TopicHit>> SearchTopicsAsync(
        SearchTerms terms,
        int limit,
        CancellationToken cancellationToken
    ) =>
        terms.IsEmpty
            ? []
            : await WithConnectionAsync(async () =>
                await ReadAsync(
                    TopicSearchSql,
                    new() { ["q"] = await MatchTextAsync(terms, cancellationToken), ["limit"] = limit },
                    r => new TopicHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
                    cancellationToken
                )
            );

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
        var findingConditions = FindingConditions(query, parameters);
        var sql = findingConditions.Length == 0 ? ""
            : $" AND {FilterId} IN (SELECT study_id FROM search_study_findings WHERE {findingConditions})";
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
            sql += $" AND {FilterId} IN "
                + $"(SELECT study_id FROM search_studies WHERE {string.Join(" AND ", studyConditions)})";
        }
        return sql;
    }

    /// <summary>Conditions that one finding's topic, outcome and direction must all meet.</summary>
    private static string FindingConditions(StudyQuery query, Dictionary<string, object?> parameters)
    {
        var conditions = new List<string>();
        foreach (
            var (facet, values) in new[]
            {
                ("topic", query.Topics),
                ("outcome", query.Outcomes),
                ("direction", query.Directions),
            }
        )
        {
            if (values.Count > 0)
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
