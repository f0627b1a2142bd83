using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// "/edit/import": upload a RIS or CSV file. A readable file is stored as a batch and the editor is
/// taken to its preview; nothing is imported until they confirm there.
/// </summary>
[RequestSizeLimit(ImportLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel, IPortalPage
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public IReadOnlyList<BatchRow> Recent { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string PageTitle => (ModelState.IsValid ? "" : "Error: ") + "Import references";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadRecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Format = TextInput.Clean(Input.Format);
        if (await Input.ReadAsync(ModelState, cancellationToken) is not { } upload)
        {
            await LoadRecentAsync(cancellationToken);
            return Page();
        }
        var batch = new ImportBatch
        {
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = User.Identity!.Name!,
            // Some browsers send the whole Windows path; only the name is kept.
            FileName = ImportText.Snippet(
                ReferenceText.Line(Input.File!.FileName.Split('\\', '/')[^1]) ?? "upload",
                200
            ),
            Format = upload.Format,
            Content = upload.Text,
            Status = ImportStatus.Previewed,
            Total = upload.File.Records.Count,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/edit/import/{batch.Id}");
    }

    private async Task LoadRecentAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name;
        Recent = await db
            .ImportBatches.AsNoTracking()
            .Where(b => b.CreatedBy == user)
            .OrderByDescending(b => b.Id)
            .Take(10)
            .Select(b => new BatchRow(b.Id, b.FileName, b.CreatedAt, b.Status, b.Total, b.Added, b.Skipped))
            .ToListAsync(cancellationToken);
    }

    public sealed record BatchRow(
        int Id,
        string FileName,
        DateTime CreatedAt,
        ImportStatus Status,
        int Total,
        int Added,
        int Skipped
    );
}
