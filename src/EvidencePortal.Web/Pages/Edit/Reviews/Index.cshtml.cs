using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public RecordListView List { get; private set; } = null!;

    public string PageTitle => "Edit reviews";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = new RecordListView(
            "Edit reviews",
            "/edit/reviews/new",
            "Add a review",
            await db
                .Reviews.AsNoTracking()
                .Where(r => r.DraftOfId == null)
                .OrderBy(r => r.Order)
                .Select(r => new RecordListRow(
                    $"/edit/reviews/{r.Id}",
                    r.Title,
                    r.Authors,
                    r.Status,
                    db.Reviews.Any(d => d.DraftOfId == r.Id)
                ))
                .ToListAsync(cancellationToken)
        );
}
