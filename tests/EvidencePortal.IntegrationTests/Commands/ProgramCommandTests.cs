using System.Diagnostics;
using EvidencePortal.Web.Commands;
using Microsoft.Data.Sqlite;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// The built program run as an operator runs it (`dotnet EvidencePortal.Web.dll users ...`), on a SQLite
/// file of its own, with the password piped in: the hook in Program.cs, migrations first, exit codes,
/// and no web server started. Few launches: each takes seconds.
/// </summary>
public sealed class ProgramCommandTests : IDisposable
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"portal-cli-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task UsersAddThenList_OnAFreshStore_MakesTheAccount_AndExits()
    {
        var add = await RunAsync(
            "quiet harbour lights tonight\n",
            "users",
            "add",
            "first.admin@example.org",
            "--role",
            "admin"
        );
        var list = await RunAsync("", "users", "list");

        Assert.True(add.Exit == ExitCodes.Ok, add.Error);
        Assert.Contains("Added first.admin@example.org as admin", add.Output);
        Assert.True(list.Exit == ExitCodes.Ok, list.Error);
        Assert.Matches(@"first\.admin@example\.org\s+admin\s+off\s+no\s+no\s+never", list.Output);
        Assert.DoesNotContain("Now listening", add.Output + list.Output);
    }

    [Fact]
    public async Task UsersAdd_WithACommonPassword_Exits1WithTheReason()
    {
        var (exit, output, error) = await RunAsync(
            "password1234\n",
            "users",
            "add",
            "someone@example.org",
            "--role",
            "editor"
        );

        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("too common", error);
        Assert.DoesNotContain("Added", output);
    }

    /// <summary>Settings before the verb used to start a web server on :5000 instead of running the command.</summary>
    [Fact]
    public async Task UsersList_WithTheHostSettingsBeforeTheVerb_RunsTheCommand_AndExits()
    {
        var (exit, output, error) = await RunAsync("", settingsFirst: true, "users", "list");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("There are no accounts yet", output);
        Assert.DoesNotContain("Now listening", output);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args) =>
        RunAsync(input, false, args);

    private async Task<(int Exit, string Output, string Error)> RunAsync(
        string input,
        bool settingsFirst,
        params string[] args
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EvidencePortal.Web.dll"));
        string[] settings =
        [
            $"--ConnectionStrings:Portal=Data Source={database}",
            "--Content:ImportOnEmptyStore=false",
            "--Serilog:MinimumLevel:Default=Warning",
        ];
        foreach (var arg in settingsFirst ? settings.Concat(args) : args.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }
}
