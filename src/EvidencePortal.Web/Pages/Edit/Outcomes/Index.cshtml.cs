using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Outcomes;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public RecordListView List { get; private set; } = null!;

    public string PageTitle => "Edit outcomes";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = new RecordListView(
            "Edit outcomes",
            "/edit/outcomes/new",
            "Add an outcome",
            await db
                .Outcomes.AsNoTracking()
                .Where(o => o.DraftOfId == null)
                .OrderBy(o => o.Order)
                .Select(o => new RecordListRow(
                    $"/edit/outcomes/{o.Id}",
                    o.Name,
                    o.IsSocial ? "Social outcome" : null,
                    o.Status,
                    db.Outcomes.Any(d => d.DraftOfId == o.Id)
                ))
                .ToListAsync(cancellationToken)
        );
}
