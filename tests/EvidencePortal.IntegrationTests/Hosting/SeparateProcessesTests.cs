using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.IntegrationTests.Pages.Edit.Import;
using EvidencePortal.Web.Pages.Edit.Import;
using Npgsql;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The portal as deployed: two processes of the built app started at the same moment on an empty PostgreSQL
/// database. Both come up; a publish through one is what the other serves next; when one is killed with SIGKILL
/// part-way through an import, the other marks that import failed, saying why.
/// </summary>
public sealed class SeparateProcessesTests
{
    private const string Email = "process-editor@example.org";
    private const string Password = "correct horse battery staple 42";
    private const string Slug = "harris-1999-befriending-chronic-depression";
    private const string NewTitle = "Published through the first process";

    [Fact]
    public async Task Two_processes_share_publishes_and_one_marks_failed_the_import_of_the_other_when_it_is_killed()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var first = PortalProcess.Start(database);
        using var second = PortalProcess.Start(database);
        await Task.WhenAll(first.ReadyAsync(), second.ReadyAsync());
        await PortalProcess.AddEditorAsync(database, Email, Password);

        using var reader = second.NewClient();
        Assert.DoesNotContain(NewTitle, await reader.GetStringAsync($"/studies/{Slug}"));
        using var editor = await SignedInAsync(first);
        var form = await editor.GetOkPageAsync($"/edit/studies/{await StudyIdAsync(database)}");
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(form, "form[action*='handler=Save']", new() { ["Input.Title"] = NewTitle }));
        await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []);
        Assert.Contains(NewTitle, await reader.GetStringAsync($"/studies/{Slug}"));

        var (batch, preview) = await editor.UploadForPreviewAsync(
            "long.ris", GatedPortal.References(5000, "killed"));
        await editor.SubmitAsync(preview, "form[action*='handler=Confirm']", []);
        await WaitForAsync(database, batch, status => status == "Running", TimeSpan.FromSeconds(30));
        first.Kill();

        var (status, error) = await WaitForAsync(database, batch, s => s != "Running", TimeSpan.FromSeconds(90));
        Assert.True(status == "Failed", $"The import was {status} when the other process was killed:\n{second.Output}");
        Assert.Equal(ImportWorker.InstanceStopped, error);
        using var colleague = await SignedInAsync(second);
        var batchPage = await colleague.GetOkPageAsync($"/edit/import/{batch}");
        Assert.Contains(ImportWorker.InstanceStopped, batchPage.MainText());
        Assert.Contains(NewTitle, await reader.GetStringAsync($"/studies/{Slug}"));
    }

    private static async Task<HttpClient> SignedInAsync(PortalProcess portal)
    {
        var client = portal.NewClient();
        var login = await client.GetOkPageAsync("/account/login");
        var answer = await client.SubmitAsync(
            login, "main form[method=post]", new() { ["Input.Email"] = Email, ["Input.Password"] = Password });
        Assert.Equal("/edit", answer.Headers.Location?.OriginalString);
        return client;
    }

    private static async Task<int> StudyIdAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT \"Id\" FROM \"Studies\" WHERE \"Slug\" = @slug AND \"DraftOfId\" IS NULL", connection);
        query.Parameters.AddWithValue("slug", Slug);
        return (int)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>Reads the batch from the store until its status passes the test; fails after the time given.</summary>
    private static async Task<(string Status, string? Error)> WaitForAsync(
        string database, int batch, Func<string, bool> until, TimeSpan limit)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            await using var query = new NpgsqlCommand(
                "SELECT \"Status\", \"Error\" FROM \"ImportBatches\" WHERE \"Id\" = @id", connection);
            query.Parameters.AddWithValue("id", batch);
            await using var row = await query.ExecuteReaderAsync();
            await row.ReadAsync();
            var (status, error) = (row.GetString(0), row.IsDBNull(1) ? null : row.GetString(1));
            if (until(status))
            {
                return (status, error);
            }
            Assert.True(waited.Elapsed < limit, $"Import {batch} was still {status} after {limit.TotalSeconds} s");
        }
    }
}
