using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace EvidencePortal.Web.Data;

/// <summary>
/// synchronous=FULL is per connection: with WAL it makes an acknowledged commit survive power loss,
/// which is what "an editor never loses acknowledged work" rests on. foreign_keys=ON is per connection too.
/// Both last as long as the SQLite connection itself, and Microsoft.Data.Sqlite pools those, so they run once per
/// pooled connection rather than at every open: parsing and running them on each request was about a tenth of an
/// uncached page's CPU. EF Core's migrations switch foreign keys off and on again around a table rebuild, so that
/// one is checked at every open through SQLite's own flag, which costs no SQL.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
    private const int EnableForeignKeys = 1002; // SQLITE_DBCONFIG_ENABLE_FKEY; -1 reads the setting without changing it
    private static readonly ConditionalWeakTable<sqlite3, object> Initialised = [];
    private static readonly object Yes = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle))
        {
            return;
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle))
        {
            return;
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        Remember(handle);
    }

    private static bool NeedsPragmas(DbConnection connection, out sqlite3? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Initialised.TryGetValue(handle, out _)
            || raw.sqlite3_db_config(handle, EnableForeignKeys, -1, out int foreignKeysOn) != raw.SQLITE_OK || foreignKeysOn != 1;
    }

    private static void Remember(sqlite3? handle)
    {
        if (handle is not null)
        {
            Initialised.AddOrUpdate(handle, Yes);
        }
    }
}
