using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvidencePortal.Web.Data;

/// <summary>
/// One deployment-wide lock for the work every instance would otherwise repeat at start-up: migrating, importing
/// content/ into an empty store and rebuilding the search index. On PostgreSQL it is a session-level advisory lock
/// on a connection of its own, so instances started together take turns and each finds the work done by the one
/// before; it is released when disposed, or by the server if the holder dies. SQLite serves one instance only, so
/// there it is nothing.
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    // Any fixed 64-bit number no other application on the same database uses.
    private const long Key = 0x45_76_50_6f_72_74_61_6c; // "EvPortal"

    private readonly NpgsqlConnection? connection;

    private StoreLock(NpgsqlConnection? connection) => this.connection = connection;

    /// <summary>Waits until this instance holds the lock.</summary>
    public static async Task<StoreLock> AcquireAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StoreLock(null);
        }
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StoreLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }
        // Closing the session releases a session-level lock; unlocking first hands it on without waiting for the
        // pooled connection to be reset.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
        await connection.DisposeAsync();
    }
}
