using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Pages.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Reviews;

/// <summary>The whole review, every topic, in one document made for A4: a contents list, then one topic per
/// page.</summary>
public sealed class PrintModel(PortalDbContext db) : PageModel, IPortalPage
{
    public ReviewPageView Review { get; private set; } = null!;
    public IReadOnlyList<TopicPageView> Topics { get; private set; } = [];

    public string PageTitle => $"Print pack: {Review.ShortTitle}";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new(Review.ShortTitle, $"/reviews/{Review.Slug}")];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var review = await ReviewPageView.LoadAsync(
            db,
            db.Reviews.Live().Where(r => r.Slug == slug),
            TableSort.Default,
            $"/reviews/{slug}",
            cancellationToken
        );
        if (review is null)
        {
            return this.NotFoundPage("review", slug);
        }
        Review = review;
        var slugs = review.Topics.Select(t => t.Slug).ToList();
        var topics = new List<TopicPageView>();
        foreach (var topicSlug in slugs)
        {
            topics.Add(
                (
                    await TopicPageView.LoadAsync(
                        db,
                        db.Topics.Live().Where(t => t.Slug == topicSlug),
                        TableSort.Default,
                        $"/topics/{topicSlug}",
                        cancellationToken,
                        StudyTable.PrintRows
                    )
                )!
            );
        }
        Topics = topics;
        return Page();
    }
}
