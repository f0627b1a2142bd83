using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Pages.Topics;

namespace EvidencePortal.Web.Pages.Edit.Topics;

/// <summary>The public topic page, rendered from the draft row (rating and studies from the live topic's records).</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, TopicKind kind) : PreviewPageModel<Topic>(drafts, kind)
{
    public TopicPageView Topic { get; private set; } = null!;

    public override string PageTitle => $"Preview: {Topic.Title}";
    protected override string Folder => "topics";

    protected override async Task LoadViewAsync(int rowId, int rootId, CancellationToken cancellationToken) =>
        Topic = (await TopicPageView.LoadAsync(db, db.Topics.Where(t => t.Id == rowId), TableSort.Default,
            $"/edit/topics/{rootId}/preview", cancellationToken))!;
}
