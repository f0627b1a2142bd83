using System.CommandLine;
using EvidencePortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// `backup FILE` and `restore FILE` for the embedded SQLite store, through SQLite's online backup API:
/// a backup is a consistent copy taken while the portal keeps serving and editors keep saving.
/// </summary>
public static class StoreCommand
{
    public static Command Build(IServiceProvider services, CommandConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The backup file." };
        return new Command(
            "store",
            "Back up and restore the embedded SQLite store (for PostgreSQL use pg_dump and pg_restore)."
        )
        {
            new Command(
                "backup",
                "Copy the store to FILE while the portal runs (online, consistent), then check the copy."
            )
            {
                file,
            }.Runs(services, (scope, parsed, _) => BackupAsync(parsed.GetValue(file)!.FullName, console, scope)),
            new Command("restore", "Check FILE, then replace the store's contents with it. Stop the portal first.")
            {
                file,
            }.Runs(services, (scope, parsed, _) => RestoreAsync(parsed.GetValue(file)!.FullName, console, scope)),
        };
    }

    private static async Task<int> BackupAsync(string file, CommandConsole console, IServiceProvider services)
    {
        if (await SqliteStoreAsync(console, services) is not { } live)
        {
            return ExitCodes.Refused;
        }
        if (File.Exists(file))
        {
            await console.Error.WriteLineAsync(
                $"{file} already exists: choose a new file name, so no backup is overwritten."
            );
            return ExitCodes.Refused;
        }
        // A backup holds what the store holds: readable by the owner only, like the store itself.
        SqliteFileAccess.RestrictToOwner(file);
        Copy(live, Connect(file, SqliteOpenMode.ReadWriteCreate));
        return await CheckAsync(file, console)
            ? Done(
                console,
                $"Backed up the store to {file} ({new FileInfo(file).Length:N0} bytes); integrity check ok."
            )
            : ExitCodes.Refused;
    }

    private static async Task<int> RestoreAsync(string file, CommandConsole console, IServiceProvider services)
    {
        if (await SqliteStoreAsync(console, services) is not { } live)
        {
            return ExitCodes.Refused;
        }
        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync($"There is no file {file}.");
            return ExitCodes.Refused;
        }
        if (!await CheckAsync(file, console))
        {
            return ExitCodes.Refused;
        }
        Copy(Connect(file, SqliteOpenMode.ReadOnly), live);
        return Done(console, $"Restored the store from {file}. Start the portal to serve it.");
    }

    /// <summary>The SQLite store's connection string, or null (said why) when the store is PostgreSQL.</summary>
    private static async Task<string?> SqliteStoreAsync(CommandConsole console, IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (db.Database.IsSqlite())
        {
            return db.Database.GetConnectionString()!;
        }
        await console.Error.WriteLineAsync(
            "This store is PostgreSQL: back it up with pg_dump and restore it with pg_restore."
        );
        return null;
    }

    private static string Connect(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(from);
        using var destination = new SqliteConnection(to);
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }

    /// <summary>A backup that does not pass SQLite's own integrity check is not a backup.</summary>
    private static async Task<bool> CheckAsync(string file, CommandConsole console)
    {
        try
        {
            await using var connection = new SqliteConnection(Connect(file, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await command.ExecuteScalarAsync();
            if (result == "ok")
            {
                return true;
            }
            await console.Error.WriteLineAsync($"{file} failed the integrity check: {result}");
        }
        catch (SqliteException e)
        {
            await console.Error.WriteLineAsync($"{file} is not a readable SQLite store: {e.Message}");
        }
        return false;
    }

    private static int Done(CommandConsole console, string message)
    {
        console.Out.WriteLine(message);
        return ExitCodes.Ok;
    }
}
