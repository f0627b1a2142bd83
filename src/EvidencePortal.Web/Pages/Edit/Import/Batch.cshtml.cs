using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// "/edit/import/{id}": one upload of the signed-in editor's. Before it is confirmed, the preview
/// of what would be added and skipped; while it runs, its progress (the page refreshes itself);
/// afterwards, its report. Another editor's batch is not found.
/// </summary>
public sealed class BatchModel(PortalDbContext db, ImportChannel channel, ImportLeases leases)
    : PageModel,
        IPortalPage
{
    public const int RowsShown = 500;

    public BatchView Batch { get; private set; } = null!;
    public ImportPlan? Preview { get; private set; }
    public IReadOnlyList<string> FileErrors { get; private set; } = [];
    public IReadOnlyList<ImportReportRow> Report { get; private set; } = [];
    public bool WaitingForAnother { get; private set; }
    public bool AutoRefresh { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string PageTitle => Batch.Status switch
    {
        ImportStatus.Previewed => $"Check the import of {Batch.FileName}",
        ImportStatus.Running => $"Importing {Batch.FileName}",
        _ => $"Import of {Batch.FileName}",
    };

    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Import references", "/edit/import")];

    public async Task<IActionResult> OnGetAsync(int id, string? refresh, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } batch)
        {
            return NotFoundBatch(id);
        }
        Batch = batch;
        switch (batch.Status)
        {
            case ImportStatus.Previewed:
                var content = await Mine(id).Select(b => b.Content).SingleAsync(cancellationToken);
                var file = ReferenceFile.Parse(batch.Format, content);
                FileErrors = file.Errors;
                Preview =
                    file.Errors.Count == 0
                        ? ImportPlanner.Plan(file, await StoreIndex.LoadAsync(db, cancellationToken))
                        : null;
                break;
            case ImportStatus.Running:
                AutoRefresh = refresh != "off";
                WaitingForAnother = await db.ImportBatches.AnyAsync(
                    b => b.Status == ImportStatus.Running && b.Id < id,
                    cancellationToken
                );
                break;
            case ImportStatus.Completed or ImportStatus.Failed:
                Report = ImportReport.FromJson(await Mine(id).Select(b => b.ReportJson).SingleAsync(cancellationToken));
                break;
        }
        return Page();
    }

    /// <summary>Starts the import. Only a batch still waiting to be checked can start, once: the state changes in one
    /// statement.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken cancellationToken)
    {
        // Held before the batch shows as running, so no other instance ever sees it running with nobody on it.
        if (!await leases.TakeAsync(id, cancellationToken))
        {
            return await AlreadyDoneAsync(id, cancellationToken);
        }
        var started = await Mine(id).Where(b => b.Status == ImportStatus.Previewed)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportStatus.Running), cancellationToken);
        if (started == 1)
        {
            await channel.EnqueueAsync(id, cancellationToken);
            Notice = "The import has started. You can leave this page: it carries on in the background.";
            return Redirect($"/edit/import/{id}");
        }
        await leases.ReleaseAsync(id);
        return await AlreadyDoneAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        var cancelled = await Mine(id).Where(b => b.Status == ImportStatus.Previewed)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportStatus.Cancelled), cancellationToken);
        if (cancelled == 1)
        {
            Notice = "The import was cancelled. Nothing was imported.";
            return Redirect("/edit/import");
        }
        return await AlreadyDoneAsync(id, cancellationToken);
    }

    private async Task<IActionResult> AlreadyDoneAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } batch)
        {
            return NotFoundBatch(id);
        }
        Notice = batch.Status.AlreadyDone();
        return Redirect($"/edit/import/{id}");
    }

    private IQueryable<ImportBatch> Mine(int id)
    {
        var user = User.Identity!.Name;
        return db.ImportBatches.Where(b => b.Id == id && b.CreatedBy == user);
    }

    private Task<BatchView?> FindAsync(int id, CancellationToken cancellationToken) =>
        Mine(id)
            .AsNoTracking()
            .Select(b => new BatchView(
                b.Id,
                b.FileName,
                b.Format,
                b.CreatedAt,
                b.Status,
                b.Total,
                b.Processed,
                b.Added,
                b.Skipped,
                b.Error,
                b.CompletedAt
            ))
            .SingleOrDefaultAsync(cancellationToken)!;

    private IActionResult NotFoundBatch(int id) =>
        this.NotFoundPageWithLink(
            $"There is no import {id} of yours. It may belong to another editor.",
            "/edit/import",
            "Import references"
        );

    public sealed record BatchView(
        int Id,
        string FileName,
        string Format,
        DateTime CreatedAt,
        ImportStatus Status,
        int Total,
        int Processed,
        int Added,
        int Skipped,
        string? Error,
        DateTime? CompletedAt
    );
}
