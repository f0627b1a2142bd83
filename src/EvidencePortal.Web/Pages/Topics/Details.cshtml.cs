using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Topics;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage, IEditablePage
{
    public TopicPageView Topic { get; private set; } = null!;

    public string PageTitle => Topic.Title;
    public IReadOnlyList<Crumb> Breadcrumbs =>
        [new("Home", "/"), new(Topic.ReviewShortTitle, $"/reviews/{Topic.ReviewSlug}")];
    public string EditHref => $"/edit/topics/{Topic.LiveId}";

    public async Task<IActionResult> OnGetAsync(
        string slug,
        string? sort,
        string? order,
        CancellationToken cancellationToken
    )
    {
        var tableSort = TableSort.Parse(sort, order);
        if (tableSort is null)
        {
            return this.BadRequestPage("That sort order is not one this table offers.", $"/topics/{slug}");
        }
        var topic = await TopicPageView.LoadAsync(
            db,
            db.Topics.Live().Where(t => t.Slug == slug),
            tableSort,
            $"/topics/{slug}",
            cancellationToken
        );
        if (topic is null)
        {
            return this.NotFoundPage("topic", slug);
        }
        Topic = topic;
        return Page();
    }
}
