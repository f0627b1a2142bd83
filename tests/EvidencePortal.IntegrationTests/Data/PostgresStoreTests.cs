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

        using (var portal = new PortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database))
        {
            var client = portal.CreateClient();
            foreach (var url in new[] { "/", "/reviews/social-networks", "/topics/befriending", "/studies?design=rct&yearFrom=2010", "/studies/priebe-2019-volume-befriending-rct" })
            {
                await client.GetOkPageAsync(url);
            }
            var topic = await client.GetOkPageAsync("/topics/peer-support");
            Assert.Contains("Inconclusive", topic.QuerySelector(".portal-rating-panel").Text());
        }

        using var restarted = new PortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);
        restarted.CreateClient();
        await using var db = restarted.NewDbContext();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Equal(40, await db.Studies.CountAsync());
        Assert.Equal(64, await db.Findings.CountAsync());
    }
}
