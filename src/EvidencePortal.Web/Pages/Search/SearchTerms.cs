using System.Globalization;
using System.Text;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>One thing to find: a word, or a phrase the person put in double quotes.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public bool IsPhrase => Words.Count > 1;

    /// <summary>A single word's other forms (<see cref="WordForms"/>), found as well as the word.</summary>
    public IReadOnlyList<string> Forms => IsPhrase ? [] : WordForms.Of(Words[0]);
}

/// <summary>
/// What a person typed, reduced to plain words made of letters and digits. Nothing they type reaches
/// a query language as syntax: quotes, brackets, operators (AND OR NOT NEAR * ^ : -), control
/// characters and emoji are separators, so every input becomes a safe list of quoted terms.
/// </summary>
public sealed class SearchTerms
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;
    private const int MaxWordLength = 60;

    // Dropped from queries (not from phrases) so "what works for loneliness" means "works loneliness".
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in", "is", "it",
        "of", "on", "or", "not", "that", "the", "this", "to", "what", "which", "with", "who", "near",
    ];

    public static readonly SearchTerms Empty = new([], "", false);

    private SearchTerms(IReadOnlyList<SearchTerm> terms, string text, bool shortened)
    {
        Terms = terms;
        Text = text;
        WasShortened = shortened;
    }

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The text that was searched for (shortened, control characters removed), to show back.</summary>
    public string Text { get; }

    public bool WasShortened { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Every word, lower case and without accents, for highlighting.</summary>
    public IEnumerable<string> Words => Terms.SelectMany(t => t.Words.Concat(t.Forms));

    public static SearchTerms Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Empty;
        }
        var shortened = input.Length > MaxLength;
        var text = Tidy(input);

        var terms = new List<SearchTerm>();
        var parts = text.Split('"');
        // Text between an opening and a closing quote is a phrase; an unbalanced last quote is ignored.
        for (var i = 0; i < parts.Length && terms.Count < MaxTerms; i++)
        {
            var words = WordsOf(parts[i]);
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            if (quoted && words.Count > 1)
            {
                terms.Add(new SearchTerm(words.Take(MaxTerms).ToList(), false));
                continue;
            }
            terms.AddRange(words.Select(w => new SearchTerm([w], false)));
        }
        var meaningful = terms.Where(t => t.IsPhrase || !StopWords.Contains(t.Words[0])).ToList();
        terms = (meaningful.Count > 0 ? meaningful : terms).Take(MaxTerms).ToList();
        // The last word is matched as a prefix ("befriend" finds "befriending"), unless it is a single letter.
        if (terms.Count > 0 && !terms[^1].IsPhrase && terms[^1].Words[0].Length >= 2)
        {
            terms[^1] = terms[^1] with { Prefix = true };
        }
        return new SearchTerms(terms, text, shortened);
    }

    /// <summary>At most <see cref="MaxLength"/> characters (never half an emoji), without control characters.</summary>
    public static string Tidy(string input)
    {
        var text =
            input.Length <= MaxLength
                ? input
                : input[..(char.IsHighSurrogate(input[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        var tidy = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                tidy.Append(text, i++, 2);
            }
            else if (!char.IsControl(text[i]) && !char.IsSurrogate(text[i]))
            {
                // A lone half of a surrogate pair would make Unicode normalisation throw.
                tidy.Append(text[i]);
            }
        }
        return tidy.ToString().Trim();
    }

    /// <summary>Runs of letters and digits, folded to lower case without accents.</summary>
    public static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length < MaxWordLength)
                {
                    word.Append(c);
                }
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>Lower case, accents removed (café → cafe), as the index folds the text it stores.</summary>
    public static string Fold(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Malformed UTF-16 (a lone surrogate) cannot be normalised: fold case only.
            return text.ToLowerInvariant();
        }
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The same terms with one word left out, or with a word replaced (for "did you mean").</summary>
    public SearchTerms With(IReadOnlyList<SearchTerm> terms, string text) => new(terms, text, false);
}
