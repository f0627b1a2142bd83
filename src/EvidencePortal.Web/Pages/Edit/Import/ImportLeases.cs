using EvidencePortal.Web.Data;
using Npgsql;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Which instance is working on which import, on PostgreSQL: an instance holds an advisory lock per batch, from the
/// moment it starts the batch until the batch is finished, in a database session it keeps open for that. The server
/// drops a session's locks when its instance dies, so a running batch whose lock nobody holds has nobody working on
/// it, and any instance can say so; a batch another live instance holds is left alone. On SQLite there is one
/// instance and every lease is its own.
/// </summary>
public sealed class ImportLeases(StoreProvider provider, IConfiguration configuration) : IAsyncDisposable
{
    // The first half of each lock's two-part key: this application's imports.
    private const int ImportClass = 0x45_50_49_31; // "EPI1"

    /// <summary>The lease session's application name, as pg_stat_activity shows it.</summary>
    public const string SessionName = "EvidencePortal import leases";

    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnection? session;

    private string ConnectionString => configuration.GetConnectionString("Portal") ?? "";

    /// <summary>Takes the batch for this instance; false when another instance holds it.</summary>
    public async Task<bool> TakeAsync(int batchId, CancellationToken cancellationToken)
    {
        if (!provider.IsPostgres)
        {
            return true;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await LockOnSessionAsync(batchId, cancellationToken);
            }
            catch (NpgsqlException)
            {
                // The server ended the session (a restart, a dropped connection): its locks went with it, and the
                // batches it held are finished by their runners regardless. A new session takes this one.
                await DisposeSessionAsync();
                return await LockOnSessionAsync(batchId, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Gives the batch up, once it is finished.</summary>
    public async Task ReleaseAsync(int batchId)
    {
        if (!provider.IsPostgres)
        {
            return;
        }
        await gate.WaitAsync();
        try
        {
            if (session is { State: System.Data.ConnectionState.Open })
            {
                await TryLockAsync(session, "pg_advisory_unlock", batchId, CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // The session is gone, and its locks with it.
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>True when no live instance holds the batch (on SQLite: always, as this is the only instance).</summary>
    public async Task<bool> IsAbandonedAsync(int batchId, CancellationToken cancellationToken)
    {
        if (!provider.IsPostgres)
        {
            return true;
        }
        await using var probe = new NpgsqlConnection(ConnectionString);
        await probe.OpenAsync(cancellationToken);
        if (!await TryLockAsync(probe, "pg_try_advisory_lock", batchId, cancellationToken))
        {
            return false;
        }
        await TryLockAsync(probe, "pg_advisory_unlock", batchId, cancellationToken);
        return true;
    }

    private static async Task<bool> TryLockAsync(
        NpgsqlConnection connection,
        string function,
        int batchId,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@class, @batch)", connection);
        command.Parameters.AddWithValue("class", ImportClass);
        command.Parameters.AddWithValue("batch", batchId);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private async Task<bool> LockOnSessionAsync(int batchId, CancellationToken cancellationToken) =>
        await TryLockAsync(await SessionAsync(cancellationToken), "pg_try_advisory_lock", batchId, cancellationToken);

    private async Task<NpgsqlConnection> SessionAsync(CancellationToken cancellationToken)
    {
        if (session is not { State: System.Data.ConnectionState.Open })
        {
            await DisposeSessionAsync();
            var named = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = SessionName };
            session = new NpgsqlConnection(named.ConnectionString);
            await session.OpenAsync(cancellationToken);
        }
        return session;
    }

    private async Task DisposeSessionAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
            session = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeSessionAsync();
        gate.Dispose();
    }
}
