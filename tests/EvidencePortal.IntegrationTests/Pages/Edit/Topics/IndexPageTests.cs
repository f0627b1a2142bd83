using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Topics;

/// <summary>/edit/topics: every topic with its review and state, in the review's order, and the way to add
/// one.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Topics_ListsEachInTheReviewsOrder_WithItsReviewAndState()
    {
        var editor = await portal.ClientAsync();
        await using var db = portal.NewDbContext();
        var topics = await db
            .Topics.Where(t => t.DraftOfId == null)
            .OrderBy(t => t.Order)
            .Select(t => new
            {
                t.Id,
                t.Title,
                Review = t.Review!.ShortTitle,
            })
            .ToListAsync();

        var page = await editor.GetOkPageAsync("/edit/topics");

        Assert.Equal("Edit topics", page.QuerySelector("main h1").Text());
        Assert.Equal("/edit/topics/new", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        var rows = page.QuerySelectorAll("main tbody tr").ToList();
        Assert.Equal(
            topics.Select(t => $"/edit/topics/{t.Id}"),
            rows.Select(r => r.QuerySelector("a")!.GetAttribute("href"))
        );
        Assert.Equal(topics.Select(t => t.Title), rows.Select(r => r.QuerySelector("a").Text()));
        Assert.All(rows, r => Assert.Equal(topics[0].Review, r.QuerySelector(".portal-secondary").Text()));
        Assert.All(rows, r => Assert.Equal("Live", r.QuerySelector("td:last-child").Text()));
    }

    [Fact]
    public async Task Get_Topics_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/topics");
}
