using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EvidencePortal.Web.Data;

/// <summary>
/// Runs the per-connection pragmas the SQLite store relies on each time a connection is opened: synchronous=FULL
/// makes an acknowledged commit survive power loss under WAL (what "an editor never loses acknowledged work" rests
/// on), and foreign_keys=ON, which EF Core's migrations switch off and on again around a table rebuild.
/// WAL itself is a setting of the database file, made once at start-up (StoreStartup).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
