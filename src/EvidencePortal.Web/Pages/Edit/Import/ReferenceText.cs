using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>How imported values are tidied and compared: DOIs, titles, years, authors, web addresses.</summary>
public static partial class ReferenceText
{
    private static readonly string[] DoiPrefixes =
    [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi.org/",
        "doi:",
    ];

    /// <summary>Lower-case, without the https://doi.org/ or doi: people paste in front, trimmed. DOIs ignore
    /// case.</summary>
    public static string? NormaliseDoi(string? doi)
    {
        var text = doi?.Trim().ToLowerInvariant();
        foreach (var prefix in DoiPrefixes)
        {
            if (text is not null && text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..].Trim();
            }
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Lower-case letters and digits, accents removed, single spaces: "Befriending: an RCT." is "befriending
    /// an rct".</summary>
    public static string TitleKey(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (
                CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                && builder.Length > 0
                && builder[^1] != ' '
            )
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>The one four-digit number in the value ("1999", "1999///", "2019/05/01", "May 2019"); null when there
    /// is none, or several.</summary>
    public static int? Year(string? text)
    {
        var years = FourDigits().Matches(text ?? "");
        return years.Count == 1 ? int.Parse(years[0].Value, CultureInfo.InvariantCulture) : null;
    }

    public static int MaxYear => DateTime.UtcNow.Year + 1;

    /// <summary>One line of plain text: control characters and direction overrides out, runs of spaces and line breaks
    /// as one space.</summary>
    public static string? Line(string? text)
    {
        var cleaned = TextInput.Clean(text);
        if (cleaned is null)
        {
            return null;
        }
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (IsInvisibleFormatting(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
                continue;
            }
            builder.Append(c);
        }
        var line = builder.ToString().TrimEnd();
        return line.Length == 0 ? null : line;
    }

    /// <summary>
    /// An author as given, trimmed. "Harris, T." becomes "Harris T.": the portal lists authors
    /// separated by commas, so a comma inside one name would split it in two.
    /// </summary>
    public static string? Author(string raw)
    {
        var author = Line(raw);
        if (author is null || !author.Contains(',', StringComparison.Ordinal))
        {
            return author;
        }
        return string.Join(
            ' ',
            author.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        );
    }

    /// <summary>The first author's surname for the page address: the part before the comma, or as <see
    /// cref="Citation.Surname"/> reads it.</summary>
    public static string? Surname(IReadOnlyList<string> rawAuthors)
    {
        var first = rawAuthors.Select(Line).FirstOrDefault(a => a is not null);
        return first is null ? null
            : first.Contains(',', StringComparison.Ordinal) ? first.Split(',')[0].Trim()
            : Citation.Surname(first);
    }

    /// <summary>Web addresses from values that may hold several (separated by spaces or semicolons); only absolute http
    /// and https addresses are kept.</summary>
    public static (List<string> Kept, int Ignored) WebAddresses(IEnumerable<string> values)
    {
        var kept = new List<string>();
        var ignored = 0;
        foreach (
            var candidate in values.SelectMany(v =>
                v.Split([' ', '\t', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries)
            )
        )
        {
            if (
                Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && candidate.Length <= 2000
                && Line(candidate) == candidate
            )
            {
                if (!kept.Contains(candidate, StringComparer.Ordinal))
                {
                    kept.Add(candidate);
                }
            }
            else
            {
                ignored++;
            }
        }
        return (kept, ignored);
    }

    /// <summary>"174(3):219-224" from its parts; whichever parts there are.</summary>
    public static string? VolumeIssuePages(string? volume, string? issue, string? startPage, string? endPage)
    {
        var pages = Line(startPage);
        var end = Line(endPage);
        if (pages is not null && end is not null && !pages.Contains('-', StringComparison.Ordinal) && end != pages)
        {
            pages = $"{pages}-{end}";
        }
        var text = $"{Line(volume)}{(Line(issue) is { } i ? $"({i})" : "")}{(pages is null ? "" : $":{pages}")}";
        text = text.TrimStart(':');
        return text.Length == 0 ? null : text;
    }

    /// <summary>Right-to-left overrides and zero-width characters can make a title read differently from what is
    /// stored.</summary>
    private static bool IsInvisibleFormatting(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\uFEFF' or '\u00AD';

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();
}
