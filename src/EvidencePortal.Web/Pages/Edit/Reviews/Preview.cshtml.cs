using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Reviews;
using EvidencePortal.Web.Pages.Studies;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

/// <summary>The public review page, rendered from the draft row.</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, ReviewKind kind) : PreviewPageModel<Review>(drafts, kind)
{
    public ReviewPageView Review { get; private set; } = null!;

    public override string PageTitle => $"Preview: {Review.Title}";
    protected override string Folder => "reviews";

    protected override async Task LoadViewAsync(int rowId, int rootId, CancellationToken cancellationToken) =>
        Review = (await ReviewPageView.LoadAsync(db, db.Reviews.Where(r => r.Id == rowId), TableSort.Default,
            $"/edit/reviews/{rootId}/preview", cancellationToken))!;
}
