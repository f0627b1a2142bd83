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
    public string Title { get; private set; } = "";
    public string EditHref { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string Noun { get; private set; } = "";

    public string PageTitle => $"Delete {Noun}: {Title}";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new(Title, EditHref)];

    public async Task<IActionResult> OnGetAsync(string type, int id, CancellationToken cancellationToken)
    {
        var record = await editors.DescribeAsync(type, id, cancellationToken);
        if (record is null)
        {
            return this.NotFoundPage("record", $"{type}/{id}");
        }
        (Title, EditHref, Token) = (record.Title, record.EditHref, record.Token.ToString());
        Noun = record.EntityType.ToLowerInvariant();
        return Page();
    }
}
