using System.Globalization;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Pages.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Topics;

/// <summary>The public topic page, rendered from the draft row (rating and studies from the live topic's
/// records).</summary>
public sealed class PreviewModel(PortalDbContext db, DraftWorkflow drafts, TopicKind kind) : PageModel, IPortalPage
{
    public PreviewBannerView Banner { get; private set; } = null!;
    public TopicPageView Topic { get; private set; } = null!;

    public string PageTitle => $"Preview: {Topic.Title}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await drafts.LoadAsync(kind, id, cancellationToken) is not { } state)
        {
            return this.NotFoundPage("topic", id.ToString(CultureInfo.InvariantCulture));
        }
        Topic = (await TopicPageView.LoadAsync(db, db.Topics.Where(t => t.Id == state.Editable.Id), TableSort.Default,
            $"/edit/topics/{id}/preview", cancellationToken))!;
        Banner = PreviewBannerView.For(state, Url.Page("Edit", new { id })!, Url.Page("Edit", "Publish", new { id })!);
        return Page();
    }
}
