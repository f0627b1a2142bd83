using EvidencePortal.Web.Data;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// PostgreSQL full-text search: a stored tsvector column (English dictionary, weighted A title, B authors
/// and names, C details, D notes) with a GIN index, queried with to_tsquery built from quoted words.
/// </summary>
public sealed class PostgresSearchIndex(PortalDbContext db) : SearchIndex(db)
{
    protected override string MatchId => "study_id";

    protected override string FilterId => "study_id";

    protected override string StudyMatchSql => $"FROM search_studies WHERE document @@ {Query}";

    // Normalised by the document's length (1 + log of it), as bm25 is on SQLite, so a short record about the
    // words ranks above a long one that mentions them in passing.
    protected override string StudyScoreSql => $"-ts_rank(document, {Query}, 1)";

    protected override string TopicSearchSql =>
        "SELECT topic_id, slug, title, key_message, summary FROM search_topics " +
        $"WHERE document @@ {Query} ORDER BY ts_rank(document, {Query}, 1) DESC, topic_id LIMIT @limit";

    /// <summary>
    /// Whole words through the English dictionary; the last word, when it is a prefix, both through it (so a
    /// whole word typed last keeps its weight: "network" is found in a title) and as written ('simple', since a
    /// partial word may have no English stem). @q carries the halves, split at '#' (a character the quoted words
    /// cannot contain).
    /// </summary>
    private const string Query =
        "(to_tsquery('english', split_part(@q, '#', 1)) && (to_tsquery('english', split_part(@q, '#', 2)) "
        + "|| to_tsquery('simple', split_part(@q, '#', 2))))";

    /// <summary>
    /// Words are letters and digits only (see <see cref="SearchTerms"/>) and each is single-quoted as a
    /// lexeme, so no tsquery operator can come from the user; phrases use the followed-by operator.
    /// </summary>
    public override string MatchText(SearchTerms terms) =>
        Words(terms) + "#" + Prefixes(terms);

    private static string Words(SearchTerms terms) =>
        string.Join(" & ", terms.Terms.Where(t => !t.Prefix).Select(t => t.IsPhrase
            ? "(" + string.Join(" <-> ", t.Words.Select(Quote)) + ")"
            : AnyOf(Quote(t.Words[0]), t)));

    private static string Prefixes(SearchTerms terms) =>
        string.Join(" & ", terms.Terms.Where(t => t.Prefix).Select(t => AnyOf(Quote(t.Words[0]) + ":*", t)));

    /// <summary>The word, or any of its other forms (<see cref="WordForms"/>).</summary>
    private static string AnyOf(string word, SearchTerm term) =>
        term.Forms.Count == 0 ? word : "(" + string.Join(" | ", term.Forms.Select(Quote).Prepend(word)) + ")";

    private static string Quote(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
