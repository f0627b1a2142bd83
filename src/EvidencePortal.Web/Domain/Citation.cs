namespace EvidencePortal.Web.Domain;

/// <summary>Ways of naming a study for people: "Harris et al. (1999)", and the full reference.</summary>
public static class Citation
{
    public const string NotReported = "Not reported";

    /// <summary>Authors are stored as "Surname Initials, Surname Initials, ...", as in the sources.</summary>
    public static IReadOnlyList<string> AuthorList(string? authors) =>
        string.IsNullOrWhiteSpace(authors)
            ? []
            : authors.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Surname(string author)
    {
        var parts = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Lloyd-Evans B" -> Lloyd-Evans; "Alvarez-Jimenez M" -> Alvarez-Jimenez; a lone word is the surname.
        return parts.Length > 1 && parts[^1].All(c => char.IsUpper(c) || c == '.' || c == '-')
            ? string.Join(' ', parts[..^1])
            : author;
    }

    public static string ShortAuthors(string? authors)
    {
        var list = AuthorList(authors);
        return list.Count switch
        {
            0 => "Authors not reported",
            1 => Surname(list[0]),
            2 => $"{Surname(list[0])} and {Surname(list[1])}",
            _ => $"{Surname(list[0])} et al.",
        };
    }

    public static string AuthorYear(string? authors, int year) => $"{ShortAuthors(authors)} ({year})";

    /// <summary>A reference in a plain author-date style, with the DOI written out as an address.</summary>
    public static string Full(
        string? authors,
        int year,
        string title,
        string? journal,
        string? volumeIssuePages,
        string? doi
    )
    {
        var parts = new List<string>
        {
            $"{(string.IsNullOrWhiteSpace(authors) ? "Authors not reported" : authors)} ({year}).",
            EndWithStop(title),
        };
        if (!string.IsNullOrWhiteSpace(journal))
        {
            parts.Add(
                string.IsNullOrWhiteSpace(volumeIssuePages) ? EndWithStop(journal) : $"{journal}, {volumeIssuePages}."
            );
        }
        if (!string.IsNullOrWhiteSpace(doi))
        {
            parts.Add(DoiUrl(doi));
        }
        return string.Join(' ', parts);
    }

    public static string DoiUrl(string doi) => "https://doi.org/" + doi;

    private static string EndWithStop(string text) =>
        text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
}
