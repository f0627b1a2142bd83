namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// What an editor typed to find a study, as words to look for: a DOI is kept whole (a doi.org address or "doi:" is
/// cut to the DOI itself), other text is split at spaces and commas; LIKE's wildcards are dropped, so they match
/// themselves nowhere rather than everything.
/// </summary>
public static class StudySearchWords
{
    public static IReadOnlyList<string> Of(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var text = query.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
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
