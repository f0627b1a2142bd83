using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit;

/// <summary>The editors' start page: what is waiting to be published, and where to edit.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public string PageTitle => "Editing";

    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var studies = db.Studies.Where(s => s.Status == PublicationStatus.Draft)
            .Select(s => new DraftRow("Study", s.DraftOfId ?? s.Id, s.Title, s.UpdatedAt, s.DraftOfId != null));
        var topics = db.Topics.Where(t => t.Status == PublicationStatus.Draft)
            .Select(t => new DraftRow("Topic", t.DraftOfId ?? t.Id, t.Title, t.UpdatedAt, t.DraftOfId != null));
        Drafts = (await studies.AsNoTracking().ToListAsync(cancellationToken))
            .Concat(await topics.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(d => d.UpdatedAt).ToList();
    }

    public sealed record DraftRow(string Kind, int Id, string Title, DateTime UpdatedAt, bool EditsALiveRecord);
}
