using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Studies;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The public study page, rendered from the draft row.</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, StudyKind kind) : PreviewPageModel<Study>(drafts, kind)
{
    public StudyPageView Study { get; private set; } = null!;

    public override string PageTitle => $"Preview: {Study.Title}";
    protected override string Folder => "studies";

    protected override async Task LoadViewAsync(int rowId, int rootId, CancellationToken cancellationToken) =>
        Study = (await StudyPageView.LoadRowAsync(db, rowId, cancellationToken))!;
}
