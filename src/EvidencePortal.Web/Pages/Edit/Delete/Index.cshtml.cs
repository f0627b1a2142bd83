using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Delete;

/// <summary>
/// Asks before a record is deleted, on a page of its own, so a slip of the finger on the edit page deletes nothing.
/// Its form posts to the edit page's Delete handler with the version it was shown, so a record changed meanwhile is
/// refused there like any stale form.
/// </summary>
public sealed class IndexModel(RecordEditors editors) : PageModel, IPortalPage
{
    /// <summary>The record asked about, as the history page names it.</summary>
    public RecordEditors.RecordSummary Record { get; private set; } = null!;

    public string Noun => Record.EntityType.ToLowerInvariant();
    public string PageTitle => $"Delete {Noun}: {Record.Title}";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new(Record.Title, Record.EditHref)];

    public async Task<IActionResult> OnGetAsync(string type, int id, CancellationToken cancellationToken)
    {
        if (await editors.DescribeAsync(type, id, cancellationToken) is not { } record)
        {
            return this.NotFoundPage("record", $"{type}/{id}");
        }
        Record = record;
        return Page();
    }
}
