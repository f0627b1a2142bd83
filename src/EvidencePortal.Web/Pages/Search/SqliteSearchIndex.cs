using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// SQLite FTS5 (bundled with e_sqlite3): search_studies_fts and search_topics_fts index the plain
/// tables as external content, kept in step by triggers on those tables (see the AddSearchIndex migration).
/// Porter stemming, accents folded, prefix indexes for two and three letters; bm25 weights title highest.
/// </summary>
public sealed class SqliteSearchIndex(PortalDbContext db) : SearchIndex(db)
{
    private static readonly string[] FtsTables = ["search_studies_fts", "search_topics_fts"];

    protected override string MatchId => "rowid";

    protected override string FilterId => "+rowid";

    protected override string StudyMatchSql => "FROM search_studies_fts WHERE search_studies_fts MATCH @q";

    // The weights are also configured as the table's "rank"; calling bm25 directly is measurably cheaper.
    protected override string StudyScoreSql => "bm25(search_studies_fts, 10.0, 4.0, 3.0, 2.0, 1.0)";

    protected override string TopicSearchSql =>
        "SELECT t.topic_id, t.slug, t.title, t.key_message, t.summary FROM search_topics_fts " +
        "JOIN search_topics t ON t.topic_id = search_topics_fts.rowid " +
        "WHERE search_topics_fts MATCH @q ORDER BY bm25(search_topics_fts, 10.0, 4.0, 1.0) LIMIT @limit";

    /// <summary>Every word in double quotes, so nothing is read as FTS5 syntax; the last one as a prefix; a word
    /// with other forms (<see cref="WordForms"/>) as any of them.</summary>
    public override string MatchText(SearchTerms terms) => MatchText(terms, null);

    private static string MatchText(SearchTerms terms, IReadOnlyList<string>? lastWordForms) =>
        string.Join(" AND ", terms.Terms.Select((t, i) =>
            i == terms.Terms.Count - 1 && lastWordForms is not null
                ? AnyOf(lastWordForms.Concat(t.Forms).Select(Quote))
                : AnyOf(t.Forms.Select(Quote).Prepend(Quote(string.Join(' ', t.Words)) + (t.Prefix ? "*" : "")))
        ));

    private static string AnyOf(IEnumerable<string> alternatives)
    {
        var all = alternatives.ToList();
        return all.Count == 1 ? all[0] : "(" + string.Join(" OR ", all) + ")";
    }

    /// <summary>
    /// FTS5 answers a prefix query by merging every matching term's postings in memory before it can
    /// return a row, which made "social" (as a prefix) cost more than everything else together. A
    /// prefix of four letters or more is expanded here to the indexed words that start with it (when
    /// there are few), which FTS5 streams; shorter prefixes use the two- and three-letter prefix indexes.
    /// </summary>
    protected override async Task<string> MatchTextAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var last = terms.Terms.Count == 0 ? null : terms.Terms[^1];
        if (last is not { Prefix: true } || last.Words[0].Length < 4)
        {
            return MatchText(terms);
        }
        var word = last.Words[0];
        var forms = await ReadAsync(
            "SELECT word FROM search_words WHERE word > @from AND word < @to LIMIT @limit",
            new()
            {
                ["from"] = word,
                ["to"] = word + '\uffff',
                ["limit"] = MaxPrefixForms + 1,
            },
            r => r.GetString(0),
            cancellationToken
        );
        return forms.Count > MaxPrefixForms ? MatchText(terms) : MatchText(terms, [word, .. forms]);
    }

    private const int MaxPrefixForms = 24;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected override async Task AfterRebuildAsync(CancellationToken cancellationToken)
    {
        foreach (var table in FtsTables)
        {
            await using var command = Command($"INSERT INTO {table}({table}) VALUES('optimize')", new());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
