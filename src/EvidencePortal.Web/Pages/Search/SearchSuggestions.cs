namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// What to offer when a search finds nothing: a near spelling that does find something ("did you
/// mean"), and how many studies each word finds on its own. Only run on that path, so it may take
/// a few queries.
/// </summary>
public sealed class SearchSuggestions(ISearchIndex index)
{
    public sealed record WordCount(string Word, int Count);

    public async Task<string?> DidYouMeanAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var changed = false;
        var corrected = new List<SearchTerm>();
        foreach (var term in terms.Terms)
        {
            var words = new List<string>();
            foreach (var word in term.Words)
            {
                var replacement = await NearestAsync(word, cancellationToken);
                changed |= replacement != word;
                words.Add(replacement);
            }
            corrected.Add(term with { Words = words, Prefix = false });
        }
        if (!changed)
        {
            return null;
        }
        var text = string.Join(
            ' ',
            corrected.Select(t => t.IsPhrase ? $"\"{string.Join(' ', t.Words)}\"" : t.Words[0])
        );
        var candidate = terms.With(corrected, text);
        return await index.CountStudiesAsync(candidate, cancellationToken) > 0 ? text : null;
    }

    public async Task<IReadOnlyList<WordCount>> EachWordAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        if (terms.Terms.Count < 2)
        {
            return [];
        }
        var counts = new List<WordCount>();
        foreach (var term in terms.Terms)
        {
            var text = term.IsPhrase ? $"\"{string.Join(' ', term.Words)}\"" : term.Words[0];
            var count = await index.CountStudiesAsync(terms.With([term], text), cancellationToken);
            if (count > 0)
            {
                counts.Add(new WordCount(text, count));
            }
        }
        return counts;
    }

    /// <summary>The indexed word closest in spelling (at most one edit in four letters), or the word itself.</summary>
    private async Task<string> NearestAsync(string word, CancellationToken cancellationToken)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return word;
        }
        var candidates = await index.WordsLikeAsync(word, cancellationToken);
        if (candidates.Contains(word))
        {
            return word;
        }
        var allowed = Math.Max(1, word.Length / 4);
        return candidates
            .Where(c => Math.Abs(c.Length - word.Length) <= allowed)
            .Select(c => (Word: c, Distance: Distance(word, c)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word).FirstOrDefault() ?? word;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
