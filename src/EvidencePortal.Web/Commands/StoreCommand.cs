using EvidencePortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// `backup FILE` and `restore FILE` for the embedded SQLite store, through SQLite's online backup API:
/// a backup is a consistent copy taken while the portal keeps serving and editors keep saving.
/// </summary>
public sealed class StoreCommand : ICommandGroup
{
    public string Name => "store";

    public string Usage => """
        store backup FILE                       Copy the SQLite store to FILE while the portal runs (online,
                                                consistent), then check the copy with PRAGMA integrity_check.
        store restore FILE                      Check FILE, then replace the store's contents with it. Stop the
                                                portal first. For PostgreSQL use pg_dump and pg_restore.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0].ToLowerInvariant() : throw new CommandUsageException("Say what to do: backup or restore.");
        var parsed = CommandArgs.Parse(args.Skip(1).ToList(), [], []);
        var file = Path.GetFullPath(parsed.Word(0, "file"));
        parsed.NoMoreWordsAfter(1);
        var db = services.GetRequiredService<PortalDbContext>();
        if (!db.Database.IsSqlite())
        {
            await console.Error.WriteLineAsync("This store is PostgreSQL: back it up with pg_dump and restore it with pg_restore.");
            return ExitCodes.Refused;
        }
        var live = db.Database.GetConnectionString()!;
        switch (verb)
        {
            case "backup":
                if (File.Exists(file))
                {
                    await console.Error.WriteLineAsync($"{file} already exists: choose a new file name, so no backup is overwritten.");
                    return ExitCodes.Refused;
                }
                // A backup holds what the store holds: readable by the owner only, like the store itself.
                SqliteFileAccess.RestrictToOwner(file);
                Copy(live, Connect(file, SqliteOpenMode.ReadWriteCreate));
                return await CheckAsync(file, console) ? Done(console, $"Backed up the store to {file} ({new FileInfo(file).Length:N0} bytes); integrity check ok.")
                    : ExitCodes.Refused;
            case "restore":
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
            default:
                throw new CommandUsageException($"'store {args[0]}' is not a command: use backup or restore.");
        }
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
