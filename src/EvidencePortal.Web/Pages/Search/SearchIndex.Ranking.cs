namespace EvidencePortal.Web.Pages.Search;

public abstract partial class SearchIndex
{
    /// <summary>How many of the best-scored matches <see cref="InTitleFirstAsync"/> puts in order.</summary>
    public const int TitleDepth = 100;

    /// <summary>
    /// The engines score differently (FTS5's bm25, PostgreSQL's ts_rank), so the best matches are put in an order
    /// decided here, by the same code for both: every word in the title first (the shorter title first, as more about
    /// the words), then every word in the title or the names of the study's interventions, outcomes and topics, then
    /// the rest in the engine's order. Only the best <see cref="TitleDepth"/> are looked at, their titles read in one
    /// query (asking each engine for every match's columns cost more than the search); deeper ones keep their order.
    /// </summary>
    private async Task<List<int>> InTitleFirstAsync(
        List<int> byScore,
        SearchTerms terms,
        CancellationToken cancellationToken
    )
    {
        var head = byScore.Take(TitleDepth).ToList();
        if (head.Count < 2)
        {
            return byScore;
        }
        var texts = (
            await ReadAsync(
                $"SELECT study_id, title, names FROM search_studies WHERE study_id IN ({IdList(head)})",
                new(),
                r => (Id: r.GetInt32(0), Title: r.GetString(1), Names: r.GetString(2)),
                cancellationToken
            )
        ).ToDictionary(t => t.Id);
        var words = new SearchHighlighter(terms);
        (int Tier, int Length) Place(int id) =>
            !texts.TryGetValue(id, out var text) ? (0, 0)
            : words.ContainsEvery(text.Title) ? (2, text.Title.Length)
            : words.ContainsEvery(text.Title + " " + text.Names) ? (1, 0)
            : (0, 0);
        return head.Select((id, order) => (Id: id, Order: order, Place: Place(id)))
            .OrderByDescending(h => h.Place.Tier)
            .ThenBy(h => h.Place.Length)
            .ThenBy(h => h.Order)
            .Select(h => h.Id)
            .Concat(byScore.Skip(TitleDepth))
            .ToList();
    }
}
