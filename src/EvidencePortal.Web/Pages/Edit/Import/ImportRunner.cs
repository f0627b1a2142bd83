using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Imports one confirmed batch. The file is planned again against the store as it is now, then
/// written in chunks: each chunk's drafts, their Created revisions and Imported audit events, and
/// the batch's progress counters are saved in one transaction, so the counters never run ahead of
/// what is stored. The result is the same as <see cref="DraftWorkflow.CreateAsync{T, TInput}"/> per study,
/// without a transaction and two round trips for each.
/// </summary>
public sealed class ImportRunner(
    PortalDbContext db,
    StudyKind kind,
    MarkdownRenderer markdown,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ImportRunner> log
)
{
    public const int ChunkSize = 100;

    public async Task RunAsync(int batchId, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is not { Status: ImportStatus.Running })
        {
            return;
        }
        var report = new List<ImportReportRow>();
        try
        {
            var file = ReferenceFile.Parse(batch.Format, batch.Content);
            if (file.Errors.Count > 0)
            {
                await FinishAsync(batch, report, ImportStatus.Failed, file.Errors[0]);
                return;
            }
            var plan = ImportPlanner.Plan(file, await StoreIndex.LoadAsync(db, cancellationToken));
            (batch.Total, batch.Processed, batch.Added, batch.Skipped) = (plan.Entries.Count, 0, 0, 0);
            await db.SaveChangesAsync(cancellationToken);
            var userId = await db
                .Users.Where(u => u.UserName == batch.CreatedBy)
                .Select(u => u.Id)
                .FirstOrDefaultAsync(cancellationToken);
            var slugs = await TakenSlugsAsync(cancellationToken);
            foreach (var chunk in plan.Entries.Chunk(ChunkSize))
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        report.AddRange(await WriteChunkAsync(batch, chunk, slugs, userId, cancellationToken));
                        break;
                    }
                    catch (DbUpdateException error) when (StoreErrors.IsUniqueViolation(error) && attempt < 3)
                    {
                        // An editor took one of these addresses meanwhile: nothing of the chunk was kept; claim again.
                        Reset(batch);
                        slugs = await TakenSlugsAsync(cancellationToken);
                    }
                }
            }
            // No record type: the audit page links typed events to a record's history, and a batch has none.
            audit.Add(
                AuditAction.Imported,
                $"Imported {Plural.Count(batch.Added, "study as a draft", "studies as drafts")} "
                    + $"from {ImportText.Snippet(batch.FileName, 200)} (import {batch.Id}; {batch.Skipped} skipped)",
                userName: batch.CreatedBy
            );
            await FinishAsync(batch, report, ImportStatus.Completed, null);
        }
        catch (Exception error)
        {
            var stopped = error is OperationCanceledException && cancellationToken.IsCancellationRequested;
            if (!stopped)
            {
                const string message = "Import batch {BatchId} failed after {Processed} of {Total}";
                log.LogError(error, message, batch.Id, batch.Processed, batch.Total);
            }
            Reset(batch);
            await FinishAsync(
                batch,
                report,
                ImportStatus.Failed,
                stopped
                    ? "The portal was stopped while this file was being imported, so the import stopped part-way."
                    : "Something went wrong on the server while importing, so the import stopped part-way. "
                        + "The problem has been logged."
            );
        }
    }

    private async Task<IEnumerable<ImportReportRow>> WriteChunkAsync(
        ImportBatch batch,
        ImportEntry[] chunk,
        SlugClaims slugs,
        string? userId,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                var added = new List<(ImportEntry Entry, Study Study)>();
                foreach (var entry in chunk.Where(e => e.IsAdded))
                {
                    var study = ImportedStudies.Create(
                        entry.Study!,
                        slugs.Claim(entry.Study!),
                        batch.FileName,
                        DateOnly.FromDateTime(now)
                    );
                    kind.Render(study, markdown);
                    db.Studies.Add(study);
                    added.Add((entry, study));
                }
                if (added.Count > 0)
                {
                    await db.SaveChangesAsync(token);
                }
                foreach (var (entry, study) in added)
                {
                    db.Revisions.Add(ImportedStudies.FirstRevision(kind, study, batch, entry.Line, userId, now));
                    audit.Add(
                        AuditAction.Imported,
                        $"Imported study '{ImportText.Snippet(study.Title, 300)}' as a draft "
                            + $"from {ImportText.Snippet(batch.FileName, 200)}, line {entry.Line}",
                        kind.EntityType,
                        study.Id,
                        batch.CreatedBy
                    );
                }
                batch.Processed += chunk.Length;
                batch.Added += added.Count;
                batch.Skipped += chunk.Length - added.Count;
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                Reset(batch);
                var ids = added.ToDictionary<(ImportEntry Entry, Study Study), ImportEntry, int>(
                    a => a.Entry,
                    a => a.Study.Id,
                    ReferenceEqualityComparer.Instance
                );
                return chunk.Select(e => ImportReportRow.From(e, ids.TryGetValue(e, out var id) ? id : null)).ToList();
            },
            cancellationToken
        );
    }

    private async Task<SlugClaims> TakenSlugsAsync(CancellationToken cancellationToken) =>
        new(
            await db
                .Studies.AsNoTracking()
                .Where(s => s.DraftOfId == null)
                .Select(s => s.Slug)
                .ToListAsync(cancellationToken)
        );

    /// <summary>Forgets everything tracked (a finished or failed chunk) except the batch, as last saved.</summary>
    private void Reset(ImportBatch batch)
    {
        db.ChangeTracker.Clear();
        db.ImportBatches.Attach(batch);
    }

    private async Task FinishAsync(ImportBatch batch, List<ImportReportRow> report, ImportStatus status, string? error)
    {
        batch.Status = status;
        batch.Error = error is null ? null : ImportText.Snippet(error, 1900);
        // Written even if it read null: a message another instance put there meanwhile must not outlive the import.
        db.Entry(batch).Property(b => b.Error).IsModified = true;
        batch.CompletedAt = clock.GetUtcNow().UtcDateTime;
        batch.ReportJson = ImportReport.ToJson(report);
        // Not cancellable: a batch must never be left Running because the portal is stopping.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
