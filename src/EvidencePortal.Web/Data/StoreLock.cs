using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvidencePortal.Web.Data;

/// <summary>
/// Deployment-wide locks: one for the work every instance would otherwise repeat at start-up (migrating, importing
/// content/ into an empty store, rebuilding the search index), one that lets a single import run at a time. On
/// PostgreSQL each is a session-level advisory lock on a connection of its own, so instances take turns and each
/// finds the work done by the one before; it is released when disposed, or by the server if the holder dies.
/// SQLite serves one instance only, so there it is nothing.
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    // Fixed 64-bit numbers no other application on the same database uses.
    private const long StartUpKey = 0x45_76_50_6f_72_74_61_6c; // "EvPortal"
    private const long ImportTurnKey = 0x45_76_50_49_6d_70_6f_72; // "EvPImpor"

    private readonly NpgsqlConnection? connection;
    private readonly long key;

    private StoreLock(NpgsqlConnection? connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>Waits until this instance holds the start-up lock.</summary>
    public static Task<StoreLock> AcquireAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        LockAsync(db, StartUpKey, cancellationToken);

    /// <summary>Waits for this instance's turn to run an import: one at a time across the deployment.</summary>
    public static Task<StoreLock> ImportTurnAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        LockAsync(db, ImportTurnKey, cancellationToken);

    private static async Task<StoreLock> LockAsync(PortalDbContext db, long key, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StoreLock(null, key);
        }
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StoreLock(connection, key);
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
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }
        await connection.DisposeAsync();
    }
}
