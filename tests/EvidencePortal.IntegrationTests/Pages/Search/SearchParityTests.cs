using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Search;

/// <summary>
/// The same content searched on SQLite (FTS5, bm25) and on PostgreSQL (tsvector, ts_rank) gives a reader the same
/// first results, so which engine an operator chose never changes what a practitioner finds.
/// </summary>
public sealed class SearchParityTests
{
    // Below the second place, studies the engines score almost alike (0.0413 and 0.0412 on PostgreSQL for
    // "gardening") may swap: both are as much about the words.
    private const int Top = 2;

    /// <summary>Queries a practitioner types: topics, single words, word forms, phrases, prefixes.</summary>
    public static readonly string[] Queries =
    [
        "social network",
        "social networks",
        "befriending",
        "peer support",
        "\"peer support\"",
        "gardening",
        "loneliness",
        "football",
        "arts",
        "recovery college",
        "groups 4 health",
        "supported socialisation",
        "cochrane",
        "befriending schizophrenia",
        "allotm",
    ];

    [Fact]
    public async Task Each_query_gives_the_same_first_results_on_SQLite_and_PostgreSQL()
    {
        var database = await PostgresTestDatabase.CreateAsync("portal_parity");
        using var sqlite = new PortalFactory();
        using var postgres = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        var (onSqlite, onPostgres) = (sqlite.CreateClient(), postgres.CreateClient());
        var differences = new List<string>();
        foreach (var query in Queries)
        {
            var (a, b) = (await TopAsync(onSqlite, query), await TopAsync(onPostgres, query));
            if (a.Count == 0 || !a.SequenceEqual(b))
            {
                differences.Add($"{query}: SQLite [{string.Join(", ", a)}] PostgreSQL [{string.Join(", ", b)}]");
            }
        }
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));

        // Studies with the words in their title come first, on both: the last word is a prefix, and on PostgreSQL
        // it was once matched only in the unstemmed, lowest-weighted copy of the text.
        foreach (var client in new[] { onSqlite, onPostgres })
        {
            var titles = (await client.GetOkPageAsync("/search?q=social+network"))
                .QuerySelectorAll("#results ol.portal-results h3 a")
                .Take(4)
                .Select(a => a.TextContent);
            Assert.All(titles, title => Assert.Contains("social network", title, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Word_forms_the_stemmers_do_not_join_find_the_same_studies_on_both_engines()
    {
        var database = await PostgresTestDatabase.CreateAsync("portal_forms");
        using var sqlite = new PortalFactory();
        using var postgres = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        foreach (var client in new[] { sqlite.CreateClient(), postgres.CreateClient() })
        {
            var loneliness = await AllAsync(client, "loneliness");
            Assert.True(loneliness.Count > 1, $"'loneliness' found {loneliness.Count}");
            // Last in the box, as typed (a prefix), and within a query (a whole word).
            Assert.Equal(loneliness, await AllAsync(client, "lonely"));
            Assert.Equal(await AllAsync(client, "loneliness trial"), await AllAsync(client, "lonely trial"));
            // The stemmers join the regular forms on both engines.
            Assert.Equal(await AllAsync(client, "befriending"), await AllAsync(client, "befriend"));
            Assert.Equal(await AllAsync(client, "gardening group"), await AllAsync(client, "garden group"));
        }
    }

    private static async Task<List<string>> AllAsync(HttpClient client, string query) =>
        (await client.GetOkPageAsync("/search?size=100&q=" + Uri.EscapeDataString(query)))
            .QuerySelectorAll("#results ol.portal-results h3 a")
            .Select(a => a.GetAttribute("href")!)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<List<string>> TopAsync(HttpClient client, string query) =>
        (await client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString(query)))
            .QuerySelectorAll("#results ol.portal-results h3 a")
            .Select(a => a.GetAttribute("href")!.Replace("/studies/", ""))
            .Take(Top)
            .ToList();
}
