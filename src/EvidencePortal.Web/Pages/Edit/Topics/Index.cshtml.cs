using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Topics;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public RecordListView List { get; private set; } = null!;

    public string PageTitle => "Edit topics";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = new RecordListView(
            "Edit topics",
            "/edit/topics/new",
            "Add a topic",
            await db
                .Topics.AsNoTracking()
                .Where(t => t.DraftOfId == null)
                .OrderBy(t => t.Review!.Order)
                .ThenBy(t => t.Order)
                .Select(t => new RecordListRow(
                    $"/edit/topics/{t.Id}",
                    t.Title,
                    t.Review!.ShortTitle,
                    t.Status,
                    db.Topics.Any(d => d.DraftOfId == t.Id)
                ))
                .ToListAsync(cancellationToken)
        );
}
