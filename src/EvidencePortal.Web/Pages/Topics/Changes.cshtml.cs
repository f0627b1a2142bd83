using EvidencePortal.Web.Data;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

/// <summary>The topic's change log: each change published to it and to its studies, newest first, in words.</summary>
public sealed class ChangesModel(PortalDbContext db, PublicChangeLog changes) : PageModel, IPortalPage
{
    public TopicName Topic { get; private set; } = null!;
    public ChangeLogView Log { get; private set; } = null!;

    public string PageTitle => $"Changes to {Topic.Title}" + (Log.Log.Page > 1 ? $" (page {Log.Log.Page})" : "");
    public IReadOnlyList<Crumb> Breadcrumbs =>
        [new("Home", "/"), new(Topic.ReviewShortTitle, $"/reviews/{Topic.ReviewSlug}"),
            new(Topic.Title, $"/topics/{Topic.Slug}")];

    // "page" is Razor Pages' own route value (the page's path), so the page number is read by name from the query.
    public async Task<IActionResult> OnGetAsync(
        string slug,
        [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken cancellationToken
    )
    {
        var topic = await db.Topics.AsNoTracking().Live().Where(t => t.Slug == slug)
            .Select(t => new TopicName(t.Id, t.Slug, t.Title, t.Review!.Slug, t.Review.ShortTitle))
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return this.NotFoundPage("topic", slug);
        }
        Topic = topic;
        var (log, problem) = await ChangeLogView.LoadAsync(this, $"/topics/{slug}/changes",
            "No changes have been published to this topic or its studies since they were added to the portal.",
            pageNumber, n => changes.ForTopicAsync(topic.Id, n, cancellationToken));
        Log = log!;
        return problem ?? Page();
    }

    public sealed record TopicName(int Id, string Slug, string Title, string ReviewSlug, string ReviewShortTitle);
}
