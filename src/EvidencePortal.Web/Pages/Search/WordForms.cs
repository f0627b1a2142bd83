namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Forms of a word that mean the same to a reader but that neither engine's stemmer joins: Porter (SQLite) and
/// Snowball English (PostgreSQL) both make "lonely" "lone" and "loneliness" "loneli", so a search for one would miss
/// the other. Regular forms (befriend/befriending, garden/gardening) are left to the stemmers, which join them on both
/// engines. Each word of a search is also looked for in the other forms of its family.
/// </summary>
public static class WordForms
{
    private static readonly string[][] Families =
    [
        ["lonely", "loneliness", "lonelier", "loneliest"],
        ["friend", "friends", "friendship", "friendships", "friendly"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = Families
        .SelectMany(family => family.Select(word => (word, others: family.Where(w => w != word).ToArray())))
        .ToDictionary(pair => pair.word, pair => pair.others, StringComparer.Ordinal);

    /// <summary>The other forms of <paramref name="word"/> (folded, lower case); none for most words.</summary>
    public static IReadOnlyList<string> Of(string word) => ByWord.TryGetValue(word, out var forms) ? forms : [];
}
