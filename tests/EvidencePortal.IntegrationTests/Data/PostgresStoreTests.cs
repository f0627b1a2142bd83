using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>
/// The portal on a real PostgreSQL server: its own migrations, the same import, the same pages.
/// .ci/test starts a throwaway server and sets PORTAL_TEST_POSTGRES; there the test is required.
/// </summary>
public class PostgresStoreTests
{
    [Fact]
    public async Task Portal_RunsOnPostgres_WithTheSamePagesAndAOneTimeImport()
    {
        var database = await PostgresTestDatabase.CreateAsync();

        using (
            var portal = new PortalFactory()
                .With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Portal", database)
        )
        {
            var client = portal.CreateClient();
            foreach (
                var url in new[]
                {
                    "/",
                    "/reviews/social-networks",
                    "/topics/befriending",
                    "/studies?design=rct&yearFrom=2010",
                    "/studies/priebe-2019-volume-befriending-rct",
                    "/map?design=rct",
                }
            )
            {
                await client.GetOkPageAsync(url);
            }
            var topic = await client.GetOkPageAsync("/topics/peer-support");
            Assert.Contains("Inconclusive", topic.QuerySelector(".portal-rating-panel").Text());
            // Ratings, map cells and the review's overview are counted by the store: the same figures on PostgreSQL.
            var befriending = await client.GetOkPageAsync("/topics/befriending");
            Assert.Contains("Direction of effect Mixed", befriending.QuerySelector(".portal-rating-panel").Text());
            using var sqlite = new PortalFactory();
            Assert.Equal(await MapCellsAsync(sqlite.CreateClient()), await MapCellsAsync(client));
        }

        using var restarted = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        restarted.CreateClient();
        await using var db = restarted.NewDbContext();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Equal(40, await db.Studies.CountAsync());
        Assert.Equal(64, await db.Findings.CountAsync());
    }

    [Fact]
    public async Task StudyPage_IsServedFromBothStores_InOneProcess()
    {
        // The study page's compiled queries each serve one model; SQLite first, then PostgreSQL, in either order.
        const string url = "/studies/priebe-2019-volume-befriending-rct";
        var database = await PostgresTestDatabase.CreateAsync();
        using var sqlite = new PortalFactory();
        using var postgres = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        var sqliteClient = sqlite.CreateClient();
        var postgresClient = postgres.CreateClient();

        var fromSqlite = await sqliteClient.GetOkPageAsync(url);
        var fromPostgres = await postgresClient.GetOkPageAsync(url);
        Assert.Equal(fromSqlite.QuerySelector("main")!.Text(), fromPostgres.QuerySelector("main")!.Text());
        Assert.Contains(
            "Priebe",
            fromPostgres.QuerySelector("h1")!.Text() + fromPostgres.QuerySelector(".nhsuk-caption-l")!.Text()
        );
        await sqliteClient.GetOkPageAsync(url);
    }

    private static async Task<List<string>> MapCellsAsync(HttpClient client) =>
        (await client.GetOkPageAsync("/map")).QuerySelectorAll(".portal-map td").Select(td => td.Text()).ToList();
}
