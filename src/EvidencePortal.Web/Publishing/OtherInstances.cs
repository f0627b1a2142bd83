using System.Collections.Concurrent;
using EvidencePortal.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace EvidencePortal.Web.Publishing;

/// <summary>
/// Keeps the output caches of several instances on one PostgreSQL in step: a publish on any instance is announced
/// with PostgreSQL's NOTIFY, and every instance, listening on a connection it keeps open for this, drops its
/// cached public pages. Each instance caches in its own memory, so a hit still costs no network round trip. An
/// instance that loses the connection drops its whole cache when it is back, since it may have missed a publish.
/// On SQLite there is one instance and nothing to tell.
/// </summary>
public sealed class OtherInstances(
    StoreProvider provider,
    IConfiguration configuration,
    IOutputCacheStore cache,
    ILogger<OtherInstances> log
) : BackgroundService
{
    public const string Channel = "portal_published";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> echoes = new();
    private volatile bool listening;

    private string ConnectionString => configuration.GetConnectionString("Portal") ?? "";

    /// <summary>Tells every instance, this one included, that what the public sees has changed.</summary>
    public async Task TellAsync(CancellationToken cancellationToken)
    {
        if (!provider.IsPostgres)
        {
            return;
        }
        var id = Guid.NewGuid().ToString("N");
        var echo = echoes.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            // A connection of its own: the notice goes out now, never held back by a caller's open transaction.
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @id)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("id", id);
            await notify.ExecuteNonQueryAsync(cancellationToken);
            // The server sends the notice to every listener together; once this instance has heard its own, the
            // others have been sent theirs, so the editor's next page is not ahead of them.
            if (listening)
            {
                await echo.Task.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
        catch (TimeoutException)
        {
            log.LogWarning("A publish notice was not heard back within 2 seconds; other instances may be behind");
        }
        finally
        {
            echoes.TryRemove(id, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!provider.IsPostgres)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                listening = false;
                log.LogWarning(e, "Not hearing other instances' publishing (the database went away); trying again");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken)
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        var heard = new List<string>();
        connection.Notification += (_, notice) => heard.Add(notice.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        // Whatever was published while nobody here was listening is unknown: start again from an empty cache.
        await cache.EvictByTagAsync(OutputCacheEvictor.PublicPagesTag, stoppingToken);
        listening = true;
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            await cache.EvictByTagAsync(OutputCacheEvictor.PublicPagesTag, stoppingToken);
            foreach (var id in heard)
            {
                if (echoes.TryGetValue(id, out var echo))
                {
                    echo.TrySetResult();
                }
            }
            heard.Clear();
        }
    }
}
