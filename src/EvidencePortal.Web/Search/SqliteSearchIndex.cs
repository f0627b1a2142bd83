using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Search;

/// <summary>
/// SQLite FTS5 (bundled with e_sqlite3): search_studies_fts and search_topics_fts index the plain
/// tables as external content, kept in step by triggers on those tables (see the AddSearchIndex migration).
/// Porter stemming, accents folded, prefix indexes for two and three letters; bm25 weights title highest.
/// </summary>
public sealed class SqliteSearchIndex(PortalDbContext db) : SearchIndex(db)
{
    private static readonly string[] FtsTables = ["search_studies_fts", "search_topics_fts"];

    protected override string MatchId => "rowid";

    protected override string StudyMatchSql => "FROM search_studies_fts WHERE search_studies_fts MATCH @q";

    // "rank" is bm25 with the column weights configured in the migration.
    protected override string StudyRankSql => "rank";

    protected override string TopicSearchSql =>
        "SELECT t.topic_id, t.slug, t.title, t.key_message, t.summary FROM search_topics_fts " +
        "JOIN search_topics t ON t.topic_id = search_topics_fts.rowid " +
        "WHERE search_topics_fts MATCH @q ORDER BY search_topics_fts.rank LIMIT @limit";

    protected override string IdsSql(string parameter) => $"SELECT value FROM json_each(@{parameter})";

    protected override object IdsValue(IReadOnlyList<int> ids) => "[" + string.Join(",", ids) + "]";

    /// <summary>Every word in double quotes, so nothing is read as FTS5 syntax; the last one as a prefix.</summary>
    public override string MatchText(SearchTerms terms) =>
        string.Join(" AND ", terms.Terms.Select(t => Quote(string.Join(' ', t.Words)) + (t.Prefix ? "*" : "")));

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
