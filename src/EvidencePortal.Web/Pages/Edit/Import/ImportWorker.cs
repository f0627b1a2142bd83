using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Runs confirmed imports in the background, one at a time across every instance, each in its own scope (its own
/// DbContext), so a large file never holds up a request and the batch page can show progress. It also finds imports
/// nobody is working on any more (<see cref="ImportLeases"/>) and marks them failed.
/// </summary>
public sealed class ImportWorker(
    ImportChannel channel,
    ImportLeases leases,
    IServiceScopeFactory scopes,
    StoreProvider provider,
    TimeProvider clock,
    ILogger<ImportWorker> log
) : BackgroundService
{
    public const string Interrupted =
        "The portal restarted while this file was being imported, so the import stopped part-way.";

    public const string InstanceStopped =
        "The portal server importing this file stopped, so the import stopped part-way.";

    /// <summary>How often an instance on PostgreSQL looks for imports whose instance has gone.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A batch still Running with nobody working on it was cut off by a crash or restart: it is marked Failed, not
    /// resumed. Its counts say how far it got; uploading the file again adds the rest, because the studies already
    /// added are then skipped as duplicates. A batch another live instance holds is left alone.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await MarkAbandonedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweeping = provider.IsPostgres ? SweepAsync(stoppingToken) : Task.CompletedTask;
        try
        {
            await foreach (var batchId in channel.Reader.ReadAllAsync(stoppingToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                    // One import at a time across every instance: each is planned against the store the last left.
                    await using var turn = await StoreLock.ImportTurnAsync(db, stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(batchId, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    log.LogError(error, "Import batch {BatchId} failed", batchId);
                }
                finally
                {
                    await leases.ReleaseAsync(batchId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a batch cut off here is marked failed by the runner, or by the next instance to look.
        }
        await sweeping;
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await MarkAbandonedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task MarkAbandonedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var running = await db
                .ImportBatches.Where(b => b.Status == ImportStatus.Running)
                .Select(b => b.Id)
                .ToListAsync(cancellationToken);
            var message = provider.IsPostgres ? InstanceStopped : Interrupted;
            foreach (var id in running)
            {
                if (!await leases.IsAbandonedAsync(id, cancellationToken))
                {
                    continue;
                }
                var now = clock.GetUtcNow().UtcDateTime;
                var failed = await db
                    .ImportBatches.Where(b => b.Id == id && b.Status == ImportStatus.Running)
                    .ExecuteUpdateAsync(
                        s =>
                            s.SetProperty(b => b.Status, ImportStatus.Failed)
                                .SetProperty(b => b.Error, message)
                                .SetProperty(b => b.CompletedAt, now),
                        cancellationToken
                    );
                if (failed > 0)
                {
                    log.LogWarning("Marked import batch {BatchId} as failed: nobody is working on it", id);
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogError(error, "Could not check for interrupted imports");
        }
    }
}
