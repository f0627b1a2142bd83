using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// A preview: the public page of a record rendered from the row an editor is working on (its draft, if
/// it has one), under a banner with Publish. Each page loads its public view from that row.
/// </summary>
public abstract class PreviewPageModel<T>(DraftWorkflow drafts, RecordKind<T> kind) : PageModel, IPortalPage
    where T : PublishableRecord
{
    public PreviewBannerView Banner { get; private set; } = null!;

    public abstract string PageTitle { get; }
    protected abstract string Folder { get; }

    /// <summary>Loads the public view from the row with <paramref name="rowId"/> (a draft or the live record).</summary>
    protected abstract Task LoadViewAsync(int rowId, int rootId, CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var state = await drafts.LoadAsync(kind, id, cancellationToken);
        if (state is null)
        {
            return this.NotFoundPage(kind.EntityType.ToLowerInvariant(), id.ToString(CultureInfo.InvariantCulture));
        }
        await LoadViewAsync(state.Editable.Id, id, cancellationToken);
        Banner = new PreviewBannerView($"/edit/{Folder}/{id}", $"/edit/{Folder}/{id}?handler=Publish", state.Token.ToString(), state.HasUnpublishedChanges);
        return Page();
    }
}
