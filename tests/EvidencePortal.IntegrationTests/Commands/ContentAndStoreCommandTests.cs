using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using EvidencePortal.Web.Commands;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>`content export|import` and `store backup|restore`, run in process as Program runs them.</summary>
public sealed class ContentAndStoreCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-cmd-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(
        PortalFactory portal,
        params string[] args
    )
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(
            portal.Services,
            args,
            CommandConsole.Piped(new StringReader(""), output, error)
        );
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ContentExport_ThenContentImport_IntoAnEmptyStore_GivesTheSamePages()
    {
        using var source = new PortalFactory();
        source.CreateClient();
        var export = Path.Combine(folder, "content");

        var exported = await RunAsync(source, "content", "export", export);
        var again = await RunAsync(source, "content", "export", export);

        Assert.Equal(ExitCodes.Ok, exported.Exit);
        Assert.Contains("40 studies", exported.Output);
        Assert.Equal(ExitCodes.Refused, again.Exit);
        Assert.Contains("is not empty", again.Error);

        using var target = new PortalFactory().With("Content:ImportOnEmptyStore", "false");
        target.CreateClient();
        var imported = await RunAsync(target, "content", "import", export);
        var twice = await RunAsync(target, "content", "import", export);

        Assert.Equal(ExitCodes.Ok, imported.Exit);
        Assert.Equal(ExitCodes.Refused, twice.Exit);
        var original = await source.CreateClient().GetOkPageAsync("/topics/staff-facilitated");
        var copy = await target.CreateClient().GetOkPageAsync("/topics/staff-facilitated");
        Assert.Equal(
            original.MainText().Replace(source.Server.BaseAddress.ToString(), ""),
            copy.MainText().Replace(target.Server.BaseAddress.ToString(), "")
        );
    }

    [Fact]
    public async Task ContentImport_NamesTheBrokenFile_AndImportsNothing()
    {
        using var source = new PortalFactory();
        source.CreateClient();
        var export = Path.Combine(folder, "content");
        await RunAsync(source, "content", "export", export);
        File.WriteAllText(Path.Combine(export, "studies", "broken-study.md"), "no front matter here");
        using var target = new PortalFactory().With("Content:ImportOnEmptyStore", "false");
        target.CreateClient();

        var result = await RunAsync(target, "content", "import", export);

        Assert.Equal(ExitCodes.Refused, result.Exit);
        Assert.Contains("broken-study.md", result.Error);
        await using var db = target.NewDbContext();
        Assert.Equal(0, await db.Studies.CountAsync());
    }

    [Fact]
    public async Task StoreBackup_WhileEditorsSave_GivesACopyThatPassesTheIntegrityCheck_AndRestores()
    {
        using var portal = new PortalFactory();
        var editor = await EditorTestClient.SignInAsync(portal);
        await using (var db = portal.NewDbContext())
        {
            Assert.Equal(40, await db.Studies.CountAsync(s => s.DraftOfId == null));
        }
        var backup = Path.Combine(folder, "portal-backup.db");
        Directory.CreateDirectory(folder);

        // Saves keep landing while the backup runs: it must not block them or copy a torn store.
        var saving = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                var form = await editor.GetOkPageAsync("/edit/studies/new");
                await editor.SubmitAsync(
                    form,
                    "form[action*='handler=Save']",
                    new()
                    {
                        ["Input.Title"] = $"Backup test study {i}",
                        ["Input.Authors"] = "Test A",
                        ["Input.Year"] = "2024",
                        ["Input.DesignCategory"] = "Qualitative",
                        ["Input.SourceUrls"] = "https://example.org/test",
                        ["Input.Findings[0].InterventionId"] = null,
                    }
                );
            }
        });
        var result = await RunAsync(portal, "store", "backup", backup);
        await saving;

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Contains("integrity check ok", result.Output);
        Assert.Equal(ExitCodes.Refused, (await RunAsync(portal, "store", "backup", backup)).Exit);

        using var restored = new PortalFactory().With("Content:ImportOnEmptyStore", "false");
        restored.CreateClient();
        var restore = await RunAsync(restored, "store", "restore", backup);
        Assert.Equal(ExitCodes.Ok, restore.Exit);
        await using var check = restored.NewDbContext();
        Assert.InRange(await check.Studies.CountAsync(s => s.DraftOfId == null), 40, 45);
        Assert.Equal(1, await check.Reviews.CountAsync());
    }

    [Fact]
    public async Task StoreRestore_RefusesAFileThatIsNotAHealthyStore()
    {
        using var portal = new PortalFactory();
        portal.CreateClient();
        Directory.CreateDirectory(folder);
        var junk = Path.Combine(folder, "junk.db");
        File.WriteAllText(junk, "this is not a database");

        var result = await RunAsync(portal, "store", "restore", junk);

        Assert.Equal(ExitCodes.Refused, result.Exit);
        Assert.Contains("not a readable SQLite store", result.Error);
        await using var db = portal.NewDbContext();
        Assert.Equal(40, await db.Studies.CountAsync(s => s.DraftOfId == null));
    }
}
