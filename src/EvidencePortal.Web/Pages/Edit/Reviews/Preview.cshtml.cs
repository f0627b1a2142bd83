using System.Globalization;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Reviews;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

/// <summary>The public review page, rendered from the draft row.</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, ReviewKind kind) : PageModel, IPortalPage
{
    public PreviewBannerView Banner { get; private set; } = null!;
    public ReviewPageView Review { get; private set; } = null!;

    public string PageTitle => $"Preview: {Review.Title}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await drafts.LoadAsync(kind, id, cancellationToken) is not { } state)
        {
            return this.NotFoundPage("review", id.ToString(CultureInfo.InvariantCulture));
        }
        Review = (
            await ReviewPageView.LoadAsync(
                db,
                db.Reviews.Where(r => r.Id == state.Editable.Id),
                TableSort.Default,
                $"/edit/reviews/{id}/preview",
                cancellationToken
            )
        )!;
        Banner = PreviewBannerView.For(state, Url.Page("Edit", new { id })!, Url.Page("Edit", "Publish", new { id })!);
        return Page();
    }
}
