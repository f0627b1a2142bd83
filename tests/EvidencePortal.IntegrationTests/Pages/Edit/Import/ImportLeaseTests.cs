using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Import;
using Npgsql;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>
/// Background imports with two instances on one PostgreSQL: an instance that starts leaves another's running import
/// alone; an import whose instance has gone is marked failed by the next instance to look; imports confirmed on
/// different instances run one at a time.
/// </summary>
public sealed class ImportLeaseTests
{
    [Fact]
    public async Task An_import_another_live_instance_is_running_is_left_alone_and_completes_without_an_error()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var first = OnPostgres(new GatedPortal(), database);
        var editor = await EditorTestClient.SignInAsync(first);
        var id = await ConfirmAsync(editor, "long.ris", 300);

        using var second = OnPostgres(new PortalFactory(), database);
        second.CreateClient();

        var meanwhile = await first.BatchAsync(id);
        Assert.Equal((ImportStatus.Running, null), (meanwhile.Status, meanwhile.Error));
        first.Gate.Release(100);
        await editor.WaitUntilFinishedAsync(id);
        var done = await first.BatchAsync(id);
        Assert.Equal((ImportStatus.Completed, null, 300), (done.Status, done.Error, done.Added));
    }

    [Fact]
    public async Task An_import_whose_instance_has_gone_is_marked_failed_by_the_next_instance_to_look()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var first = OnPostgres(new GatedPortal(), database);
        var editor = await EditorTestClient.SignInAsync(first);
        var id = await ConfirmAsync(editor, "cut-off.ris", 300);
        // What the server sees when an instance dies: its sessions end, and their locks with them.
        await TerminateLeaseSessionsAsync(database);

        using var second = OnPostgres(new PortalFactory(), database);
        second.CreateClient();

        var marked = await second.BatchAsync(id);
        Assert.Equal((ImportStatus.Failed, ImportWorker.InstanceStopped), (marked.Status, marked.Error));
        var page = await editor.GetOkPageAsync($"/edit/import/{id}");
        Assert.Contains(ImportWorker.InstanceStopped, page.MainText());
    }

    [Fact]
    public async Task Imports_confirmed_on_two_instances_run_one_at_a_time()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var first = OnPostgres(new GatedPortal(), database);
        using var second = OnPostgres(new PortalFactory(), database);
        var firstEditor = await EditorTestClient.SignInAsync(first);
        var secondEditor = await EditorTestClient.SignInAsync(second);
        var held = await ConfirmAsync(firstEditor, "first.ris", 150);
        // The first import has its turn once it has planned the file (then it waits at the gate, part-way).
        for (var tries = 0; (await first.BatchAsync(held)).Total != 150; tries++)
        {
            Assert.True(tries < 100, "the first import never started");
            await Task.Delay(50);
        }
        var waiting = await ConfirmAsync(secondEditor, "second.ris", 3);

        // The first import is held part-way at its gate; the second, on another instance, must not start meanwhile.
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(100);
            var state = await second.BatchAsync(waiting);
            Assert.Equal((ImportStatus.Running, 0), (state.Status, state.Processed));
        }
        first.Gate.Release(100);
        await firstEditor.WaitUntilFinishedAsync(held);
        await secondEditor.WaitUntilFinishedAsync(waiting);

        var (one, two) = (await first.BatchAsync(held), await second.BatchAsync(waiting));
        Assert.Equal((ImportStatus.Completed, ImportStatus.Completed), (one.Status, two.Status));
        Assert.True(two.CompletedAt >= one.CompletedAt, "the second import finished before the first");
    }

    private static T OnPostgres<T>(T portal, string database)
        where T : PortalFactory
    {
        portal.With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);
        return portal;
    }

    private static async Task<int> ConfirmAsync(HttpClient editor, string name, int references)
    {
        var (id, preview) = await editor.UploadForPreviewAsync(name, GatedPortal.References(references, name[..^4]));
        await editor.SubmitAsync(preview, "form[action*='handler=Confirm']", []);
        return id;
    }

    private static async Task TerminateLeaseSessionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE application_name = @name AND datname = current_database()",
            connection
        );
        terminate.Parameters.AddWithValue("name", ImportLeases.SessionName);
        await terminate.ExecuteNonQueryAsync();
    }
}
