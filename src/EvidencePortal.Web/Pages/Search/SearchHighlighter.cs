using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Marks the searched words in a piece of text. The text is HTML-encoded piece by piece and only the
/// encoded words are wrapped in &lt;mark&gt;, so nothing a person or an editor typed is ever output raw.
/// </summary>
public sealed partial class SearchHighlighter
{
    // A short word is marked only where it stands alone, or "a" would mark half the text.
    private readonly (string Start, bool WholeWord)[] keys;

    // The same, per search term: a term is found when any of its keys is.
    private readonly (string Start, bool WholeWord)[][] termKeys;

    public SearchHighlighter(SearchTerms terms)
    {
        termKeys = terms.Terms.Select(t => t.Words.Select(w =>
                t.Prefix ? (w, false) : w.Length < 3 ? (w, true) : (Stem(w), false))
                .Concat(t.Forms.Select(f => (Stem(f), false)))
                .ToArray())
            .ToArray();
        keys = termKeys.SelectMany(k => k).Distinct().ToArray();
    }

    public IHtmlContent Highlight(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }
        var html = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match word in Word().Matches(text))
        {
            if (!Matches(word.Value))
            {
                continue;
            }
            html.Append(HtmlEncoder.Default.Encode(text[last..word.Index]));
            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(word.Value)).Append("</mark>");
            last = word.Index + word.Length;
        }
        html.Append(HtmlEncoder.Default.Encode(text[last..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Does this text contain a searched word?</summary>
    public bool Contains(string? text) =>
        !string.IsNullOrEmpty(text) && Word().Matches(text).Any(m => Matches(m.Value));

    /// <summary>Does this text contain every searched term (a phrase's words anywhere in it)?</summary>
    public bool ContainsEvery(string? text)
    {
        if (string.IsNullOrEmpty(text) || termKeys.Length == 0)
        {
            return false;
        }
        var words = Word().Matches(text).Select(m => SearchTerms.Fold(m.Value)).ToList();
        return termKeys.All(term => words.Any(word => Matches(term, word)));
    }

    /// <summary>
    /// About <paramref name="length"/> characters around the first searched word, cut at word boundaries,
    /// so a result shows why it matched.
    /// </summary>
    public string Excerpt(string text, int length = 220)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var first = Word().Matches(text).FirstOrDefault(m => Matches(m.Value));
        var start = first is null ? 0 : Math.Max(0, first.Index - length / 3);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space < 0 || space > first!.Index ? start : space + 1;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + text[start..end].Trim() + (end < text.Length ? " …" : "");
    }

    private bool Matches(string word) => Matches(keys, SearchTerms.Fold(word));

    private static bool Matches((string Start, bool WholeWord)[] keys, string folded) =>
        keys.Any(k => k.WholeWord ? folded == k.Start : folded.StartsWith(k.Start, StringComparison.Ordinal));

    /// <summary>
    /// A light English stem, close enough to what the index does (Porter on SQLite, the English
    /// dictionary on PostgreSQL) that "gardens" also marks "gardening".
    /// </summary>
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ies", "ed", "es", "s", "y", "e" })
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
