using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Runs confirmed imports in the background, one at a time, each in its own scope (its own
/// DbContext), so a large file never holds up a request and the batch page can show progress.
/// </summary>
public sealed class ImportWorker(
    ImportChannel channel,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ImportWorker> log
) : BackgroundService
{
    public const string Interrupted =
        "The portal restarted while this file was being imported, so the import stopped part-way.";

    /// <summary>
    /// A batch still Running when the portal starts was cut off by a crash or restart: it is marked
    /// Failed, not resumed. Its counts say how far it got; uploading the file again adds the rest,
    /// because the studies already added are then skipped as duplicates.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var failed = await db
                .ImportBatches.Where(b => b.Status == ImportStatus.Running)
                .ExecuteUpdateAsync(
                    s =>
                        s.SetProperty(b => b.Status, ImportStatus.Failed)
                            .SetProperty(b => b.Error, Interrupted)
                            .SetProperty(b => b.CompletedAt, now),
                    cancellationToken
                );
            if (failed > 0)
            {
                log.LogWarning("Marked {Count} interrupted import(s) as failed", failed);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogError(error, "Could not check for interrupted imports");
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batchId in channel.Reader.ReadAllAsync(stoppingToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(batchId, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    log.LogError(error, "Import batch {BatchId} failed", batchId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a batch cut off here is marked failed by the runner, or at the next start.
        }
    }
}
