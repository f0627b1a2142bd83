using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Interventions;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public RecordListView List { get; private set; } = null!;

    public string PageTitle => "Edit interventions";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = new RecordListView(
            "Edit interventions",
            "/edit/interventions/new",
            "Add an intervention",
            await db
                .Interventions.AsNoTracking()
                .Where(i => i.DraftOfId == null)
                .OrderBy(i => i.Topic!.Order)
                .ThenBy(i => i.Order)
                .Select(i => new RecordListRow(
                    $"/edit/interventions/{i.Id}",
                    i.Name,
                    i.Topic!.Title,
                    i.Status,
                    db.Interventions.Any(d => d.DraftOfId == i.Id)
                ))
                .ToListAsync(cancellationToken)
        );
}
