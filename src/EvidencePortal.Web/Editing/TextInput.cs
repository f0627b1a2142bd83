using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Editing;

/// <summary>Normalising what editors type: stray control characters out, Windows newlines in line.</summary>
public static partial class TextInput
{
    /// <summary>Trims and removes control characters other than newline and tab; empty becomes null.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }
        }
        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>A URL slug from words: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var ascii = new string(
            decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()
        );
        var slug = NonSlug().Replace(ascii.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? "record" : slug;
    }

    /// <summary>People paste DOIs as links; the record keeps the bare DOI.</summary>
    public static string? BareDoi(string? doi) =>
        doi
            ?.Replace("https://doi.org/", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://dx.doi.org/", "", StringComparison.OrdinalIgnoreCase)
            .Trim();

    public static bool IsSlug(string? text) => text is { Length: > 0 and <= 150 } && SlugPattern().IsMatch(text);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
