using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Reviews;

/// <summary>/edit/reviews/{id}/preview: the review exactly as the public will see it, under a banner to publish it or
/// go back.</summary>
[Collection(EditorPortalCollection.Name)]
public class PreviewPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Preview_OfALiveReviewWithoutADraft_ShowsThePublicPage_AndSaysThereIsNothingToPublish()
    {
        var editor = await portal.ClientAsync();
        var review = await portal.LiveRecordAsync(db => db.Reviews);

        var page = await editor.GetOkPageAsync($"/edit/reviews/{review.Id}/preview");

        Assert.Equal($"Preview: {review.Title} – EvidencePortal", page.Title);
        Assert.Equal(review.Title, page.QuerySelector("main h1").Text());
        var banner = page.QuerySelector(".portal-preview-banner")!;
        Assert.Contains("There are no unpublished changes: this is the live version.", banner.Text());
        Assert.Null(banner.QuerySelector("form"));
        Assert.Equal(
            $"/edit/reviews/{review.Id}",
            banner.QuerySelectorAll("a").Single(a => a.Text() == "Back to editing").GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_Preview_Answers404_ForAnUnknownReview()
    {
        var editor = await portal.ClientAsync();

        var (response, page) = await editor.GetPageAsync("/edit/reviews/999999/preview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Get_Preview_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/reviews/1/preview");
}
