using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Search;

/// <summary>
/// PostgreSQL full-text search: a stored tsvector column (English dictionary, weighted A title, B authors
/// and names, C details, D notes) with a GIN index, queried with to_tsquery built from quoted words.
/// </summary>
public sealed class PostgresSearchIndex(PortalDbContext db) : SearchIndex(db)
{
    protected override string MatchId => "study_id";

    protected override string FilterId => "study_id";

    protected override string StudyMatchSql => "FROM search_studies WHERE document @@ to_tsquery('english', @q)";

    protected override string StudyScoreSql => "-ts_rank(document, to_tsquery('english', @q))";

    protected override string TopicSearchSql =>
        "SELECT topic_id, slug, title, key_message, summary FROM search_topics " +
        "WHERE document @@ to_tsquery('english', @q) " +
        "ORDER BY ts_rank(document, to_tsquery('english', @q)) DESC, topic_id LIMIT @limit";

    /// <summary>
    /// Words are letters and digits only (see <see cref="SearchTerms"/>) and each is single-quoted as a
    /// lexeme, so no tsquery operator can come from the user; phrases use the followed-by operator.
    /// </summary>
    public override string MatchText(SearchTerms terms) =>
        string.Join(" & ", terms.Terms.Select(t => t.IsPhrase
            ? "(" + string.Join(" <-> ", t.Words.Select(Quote)) + ")"
            : Quote(t.Words[0]) + (t.Prefix ? ":*" : "")));

    private static string Quote(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
