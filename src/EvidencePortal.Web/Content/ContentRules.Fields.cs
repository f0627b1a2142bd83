using System.Globalization;
using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Content;

/// <summary>
/// The checks on a single field's value: the file checks are made of them, ContentReader and ContentImporter
/// call them directly, and the DOI pattern is the one the edit and import pages check against too.
/// </summary>
public static partial class ContentRules
{
    public static DateOnly ParseMonth(string file, string value) =>
        DateOnly.TryParseExact(
            value + "-01",
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var month
        )
            ? month
            : throw new ContentFormatException(file, $"published '{value}' must be a year and month like 2017-04.");

    public static DateOnly? ParseDate(string file, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return DateOnly.TryParseExact(
            value,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : throw new ContentFormatException(file, $"{field} '{value}' must be a date like 2026-11-26.");
    }

    public static void RequireSlug(string file, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 150 || !SlugPattern().IsMatch(value))
        {
            throw new ContentFormatException(
                file,
                $"{field} '{value}' must be lower-case letters, digits and single hyphens."
            );
        }
    }

    public static void Require(string file, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ContentFormatException(file, $"{field} is required.");
        }
        if (value.Length > maxLength)
        {
            throw new ContentFormatException(file, $"{field} is longer than {maxLength} characters.");
        }
    }

    private static void RequireWebAddress(string file, string field, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            throw new ContentFormatException(file, $"{field} entry '{url}' is not an http or https address.");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Crossref's recommended pattern for modern DOIs.</summary>
    [GeneratedRegex(@"^10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+$")]
    public static partial Regex DoiPattern();
}
