namespace EvidencePortal.Bench.Latency;

/// <param name="TargetP95">From PRODUCT.md "Targets"; null where it sets none (reported for information).</param>
/// <param name="RoundShare">Heavy pages are sampled in fewer rounds (a fraction of the rounds asked for).</param>
public sealed record LatencyCategory(string Name, double? TargetP95, IReadOnlyList<string> Urls, double RoundShare = 1)
{
    public int Rounds(int asked) => Math.Max(3, (int)Math.Ceiling(asked * RoundShare));
}

/// <summary>
/// What is measured: words from the generated studies' vocabulary (Generator, Vocabulary) and the real
/// content, so at 100,000 studies "ordinary" queries match tens to thousands of studies, the "common"
/// ones most of the store, and one-to-three letter prefixes the most postings FTS5 can be asked to merge.
/// </summary>
public static class LatencyMix
{
    private static string Search(string q) => "/search?q=" + Uri.EscapeDataString(q);

    public static readonly IReadOnlyList<LatencyCategory> Categories =
    [
        new(
            "search: ordinary queries",
            20,
            new[]
            {
                "befriending",
                "peer support",
                "gardening",
                "football",
                "social skills training",
                "recovery college",
                "telephone befriending loneliness",
                "\"community navigators\"",
                "schizophrenia",
                "smartphone app",
                "bipolar",
                "allotment",
                "choir",
                "postnatal depression",
                "clubhouse",
                "refugees",
                "groups 4 health",
                "harris 1999",
            }
                .Select(Search)
                .ToList()
        ),
        new(
            "search: very common words",
            100,
            new[]
            {
                "social",
                "mental health",
                "people",
                "support",
                "study",
                "with",
                "social support people",
                "loneliness",
                "participants",
                "intervention",
            }
                .Select(Search)
                .ToList()
        ),
        new(
            "search: 1-3 letter prefixes",
            100,
            new[]
            {
                "s",
                "so",
                "soc",
                "p",
                "pe",
                "men",
                "lo",
                "be",
                "g",
                "gr",
                "sup",
                "c",
                "co",
                "com",
                "th",
                "e",
                "x",
                "zz",
            }
                .Select(Search)
                .ToList()
        ),
        new(
            "search: with facet filters",
            100,
            new[]
            {
                "/search?q=befriending&design=rct",
                "/search?q=social&topic=peer-support",
                "/search?q=loneliness&outcome=loneliness&direction=positive",
                "/search?q=support&yearFrom=2015&yearTo=2020",
                "/search?q=social&page=5",
                "/search?q=people&design=qualitative&topic=digital",
            }
        ),
        // Issue 32 asks every public page for p95 <= 150 ms rendered uncached at 100,000 studies.
        new(
            "/studies filtered lists",
            150,
            new[]
            {
                "/studies",
                "/studies?topic=befriending",
                "/studies?design=rct",
                "/studies?yearFrom=2000&yearTo=2010",
                "/studies?outcome=loneliness&direction=positive",
                "/studies?page=200",
                "/studies?sort=year&order=desc&page=50",
                "/studies?country=Japan",
                "/studies?topic=digital&design=qualitative&size=100",
                "/studies?intervention=peer-support&outcome=social-networks",
            }
        ),
        new(
            "other pages (map, home, a study)",
            150,
            new[]
            {
                "/map",
                "/map?design=rct&yearFrom=2010",
                "/",
                "/studies/harris-1999-befriending-chronic-depression",
                "{generated-study}",
            },
            RoundShare: 0.5
        ),
        new(
            "topic, review, print, change log, feed and API pages",
            150,
            new[]
            {
                "/topics/befriending",
                "/topics/digital",
                "/reviews",
                "/reviews/social-networks",
                "/reviews/social-networks/print",
                "/about/ratings",
                "/feed.atom",
                "/api/v1/reviews/social-networks",
                "/api/v1/studies?page=900",
                "/api/v1/findings?page=900",
                "/topics/befriending/changes",
                "/reviews/social-networks/changes",
            },
            RoundShare: 0.5
        ),
    ];
}
