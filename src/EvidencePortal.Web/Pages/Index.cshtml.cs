using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Topics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public string PageTitle => "EvidencePortal";

    public IReadOnlyList<ReviewBlock> Reviews { get; private set; } = [];

    public int StudyCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking().Live().OrderBy(r => r.Order).ThenBy(r => r.Title)
            .Select(r => new
            {
                r.Slug, r.Title, r.ShortTitle, r.KeyMessage, r.KeyFindingsHtml, r.Authors, r.Publisher, r.PublishedOn,
                Topics = r.Topics.Where(t => t.Status == PublicationStatus.Published).OrderBy(t => t.Order)
                    .Select(t => new { t.Id, t.Slug, t.Title, t.KeyMessage }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ratings = await TopicRatings.ForTopicsAsync(db,
            reviews.SelectMany(r => r.Topics).Select(t => t.Id).ToList(), cancellationToken);
        Reviews = reviews.Select(r => new ReviewBlock(r.Slug, r.Title, r.ShortTitle, r.KeyMessage, r.KeyFindingsHtml,
            r.Authors, r.Publisher, r.PublishedOn,
            r.Topics.Select(t => new TopicCard(t.Slug, t.Title, t.KeyMessage, ratings[t.Id])).ToList())).ToList();
        StudyCount = await db.Studies.Live().CountAsync(cancellationToken);
    }

    public sealed record ReviewBlock(
        string Slug, string Title, string ShortTitle, string KeyMessage, string KeyFindingsHtml, string Authors,
        string Publisher, DateOnly PublishedOn, IReadOnlyList<TopicCard> Topics);

    public sealed record TopicCard(string Slug, string Title, string KeyMessage, HeadlineRating Rating);
}
