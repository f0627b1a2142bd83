namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// What an editor typed to find a study, as words to look for: a DOI is kept whole (a doi.org address or "doi:" is
/// cut to the DOI itself), other text is split at spaces and commas; LIKE's "%" is dropped, so it matches nothing
/// rather than everything ("_" stays: DOIs hold it, and it matches only one character).
/// </summary>
public static class StudySearchWords
{
    /// <summary>The DOI, when that is what was typed (alone, with or without a doi.org address or "doi:").</summary>
    public static string? Doi(string? query) =>
        Of(query) is [{ } doi] && doi.StartsWith("10.", StringComparison.Ordinal) && doi.Contains('/') ? doi : null;

    public static IReadOnlyList<string> Of(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var text = query.Replace("%", "", StringComparison.Ordinal).Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].Trim();
            }
        }
        return text.StartsWith("10.", StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)
            ? [text]
            : text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();
    }
}
