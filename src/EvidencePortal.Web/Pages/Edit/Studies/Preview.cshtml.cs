using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The public study page, rendered from the draft row.</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, StudyKind kind) : PageModel, IPortalPage
{
    public StudyPageView Study { get; private set; } = null!;
    public PreviewBannerView Banner { get; private set; } = null!;

    public string PageTitle => $"Preview: {Study.Title}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var state = await drafts.LoadAsync(kind, id, cancellationToken);
        if (state is null)
        {
            return this.NotFoundPage("study", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Study = (await StudyPageView.LoadAsync(db, db.Studies.Where(s => s.Id == state.Editable.Id), cancellationToken))!;
        Banner = new PreviewBannerView($"/edit/studies/{id}", $"/edit/studies/{id}?handler=Publish", state.Token.ToString(), state.HasUnpublishedChanges);
        return Page();
    }
}
