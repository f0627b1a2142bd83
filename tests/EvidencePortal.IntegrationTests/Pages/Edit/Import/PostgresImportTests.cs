using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>The import on PostgreSQL: the one-statement confirm, the chunk transactions and the start-up
/// sweep.</summary>
public class PostgresImportTests
{
    [Fact]
    public async Task Import_RunsOnPostgres_AndConfirmingTwiceImportsOnce()
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES");
        if (server is null)
        {
            Assert.False(
                Environment.GetEnvironmentVariable("PORTAL_REQUIRE_POSTGRES") == "1",
                "PORTAL_TEST_POSTGRES is not set"
            );
            Assert.Skip("No PostgreSQL server configured: run the tests with .ci/test.");
        }
        var name = "portal_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        using var portal = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With(
                "ConnectionStrings:Portal",
                new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString
            );
        var editor = await EditorTestClient.SignInAsync(portal);

        var (id, preview) = await editor.UploadForPreviewAsync(
            "refs.csv",
            ImportSteps.Fixture("three-new-three-skipped.csv")
        );
        Assert.Equal(
            "3 would be added as drafts and 3 would be skipped.",
            preview.QuerySelector("#import-counts").Text()
        );
        await editor.ConfirmAndWaitAsync(preview, id);
        var again = await editor.SubmitAsync(preview, "form[action*='handler=Confirm']", []);
        var (_, page) = await editor.FollowAsync(again);

        Assert.Contains("Nothing was imported twice.", page.QuerySelector(".portal-notice").Text());
        var batch = await portal.BatchAsync(id);
        Assert.Equal((ImportStatus.Completed, 3, 3), (batch.Status, batch.Added, batch.Skipped));
        await using var db = portal.NewDbContext();
        Assert.Equal(
            3,
            await db.Studies.CountAsync(s => s.Status == PublicationStatus.Draft && s.Title.Contains("Test study CSV"))
        );
        Assert.Equal(
            "=SUM(1,2) Test study CSV 3",
            await db.Studies.Where(s => s.Doi == "10.5555/csv.3").Select(s => s.Title).SingleAsync()
        );
    }
}
