using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Reviews;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public IReadOnlyList<ReviewItem> Reviews { get; private set; } = [];

    public string PageTitle => "Reviews";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await db.Reviews.AsNoTracking().Live().OrderBy(r => r.Order).ThenBy(r => r.Title)
            .Select(r => new ReviewItem(r.Slug, r.Title, r.Authors, r.Publisher, r.PublishedOn, r.KeyMessage))
            .ToListAsync(cancellationToken);

    public sealed record ReviewItem(
        string Slug,
        string Title,
        string Authors,
        string Publisher,
        DateOnly PublishedOn,
        string KeyMessage
    );
}
