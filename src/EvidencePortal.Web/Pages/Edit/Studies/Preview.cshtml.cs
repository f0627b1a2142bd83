using System.Globalization;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The public study page, rendered from the row an editor is working on (its draft, if it has one), under a
/// banner with Publish.</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, StudyKind kind) : PageModel, IPortalPage
{
    public PreviewBannerView Banner { get; private set; } = null!;
    public StudyPageView Study { get; private set; } = null!;

    public string PageTitle => $"Preview: {Study.Title}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await drafts.LoadAsync(kind, id, cancellationToken) is not { } state)
        {
            return this.NotFoundPage("study", id.ToString(CultureInfo.InvariantCulture));
        }
        Study = (await StudyPageView.LoadRowAsync(db, state.Editable.Id, cancellationToken))!;
        Banner = PreviewBannerView.For(state, Url.Page("Edit", new { id })!, Url.Page("Edit", "Publish", new { id })!);
        return Page();
    }
}
