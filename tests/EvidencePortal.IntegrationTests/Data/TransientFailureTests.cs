using System.Net;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>
/// A PostgreSQL restart ends every session the portal holds, so each pooled connection is dead the next time a
/// request takes it. The request after the restart must still be answered: reading, searching, and saving a draft
/// in a transaction.
/// </summary>
public sealed class TransientFailureTests
{
    [Fact]
    public async Task After_the_server_ends_every_session_the_next_requests_are_answered_and_a_draft_is_saved()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var portal = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        var editor = await EditorTestClient.SignInAsync(portal);
        var reader = portal.CreateClient();
        // Several connections in the pool, as a busy portal has.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => editor.GetOkPageAsync($"/edit/studies?page={i}")));
        var newDraft = await editor.GetOkPageAsync("/edit/studies/new");

        // What a restart does to the sessions the portal holds (the server is shared by the other tests).
        Assert.True(await EndSessionsAsync(database) > 0, "the portal held no session to end");

        string[] pages = ["/edit/studies", "/edit", "/search?q=befriending+after+restart", "/health"];
        foreach (var url in pages)
        {
            var client = url.StartsWith("/edit") ? editor : reader;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
        var created = await editor.SubmitAsync(
            newDraft,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.Title"] = "A draft saved after the restart",
                ["Input.Authors"] = "Testauthor A",
                ["Input.Year"] = "2020",
                ["Input.SourceUrls"] = "https://example.org/after-restart",
                ["Input.DesignCategory"] = "Qualitative",
                ["Input.Slug"] = "draft-after-restart",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = portal.NewDbContext();
        Assert.Equal(1, await db.Studies.CountAsync(s => s.Slug == "draft-after-restart"));
        // The one thing logged: the warning that the listener for other instances' publishing reconnected.
        Assert.All(portal.ServerErrors, e => Assert.Contains("OtherInstances.ListenAsync", e.StackTrace));
    }

    private static async Task<int> EndSessionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid))::int FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()",
            connection
        );
        return (int)(await terminate.ExecuteScalarAsync())!;
    }
}
