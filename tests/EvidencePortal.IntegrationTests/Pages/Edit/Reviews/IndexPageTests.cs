namespace EvidencePortal.IntegrationTests.Pages.Edit.Reviews;

/// <summary>/edit/reviews: every review with its authors and state, and the way to add one.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Reviews_ListsTheReview_WithItsAuthorsAndState()
    {
        var editor = await portal.ClientAsync();
        var review = await portal.LiveRecordAsync(db => db.Reviews);

        var page = await editor.GetOkPageAsync("/edit/reviews");

        Assert.Equal("Edit reviews", page.QuerySelector("main h1").Text());
        Assert.Equal("/edit/reviews/new", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        var row = Assert.Single(page.QuerySelectorAll("main tbody tr"));
        Assert.Equal($"/edit/reviews/{review.Id}", row.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Equal(review.Title, row.QuerySelector("td a").Text());
        Assert.Equal(review.Authors, row.QuerySelector("td .portal-secondary").Text());
        Assert.Equal("Live", row.QuerySelector("td:last-child").Text());
    }

    [Fact]
    public async Task Get_Reviews_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/reviews");
}
