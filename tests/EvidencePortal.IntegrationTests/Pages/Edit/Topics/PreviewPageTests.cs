using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Topics;

/// <summary>/edit/topics/{id}/preview: the topic exactly as the public will see it, under a banner to publish it or go
/// back.</summary>
[Collection(EditorPortalCollection.Name)]
public class PreviewPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Preview_OfALiveTopicWithoutADraft_ShowsThePublicPage_AndSaysThereIsNothingToPublish()
    {
        var editor = await portal.ClientAsync();
        var topic = await portal.LiveRecordAsync(db => db.Topics);

        var page = await editor.GetOkPageAsync($"/edit/topics/{topic.Id}/preview");

        Assert.Equal($"Preview: {topic.Title} – EvidencePortal", page.Title);
        Assert.Equal(topic.Title, page.QuerySelector("main h1").Text());
        var banner = page.QuerySelector(".portal-preview-banner")!;
        Assert.Contains("There are no unpublished changes: this is the live version.", banner.Text());
        Assert.Null(banner.QuerySelector("form"));
        Assert.Equal(
            $"/edit/topics/{topic.Id}",
            banner.QuerySelectorAll("a").Single(a => a.Text() == "Back to editing").GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_Preview_Answers404_ForAnUnknownTopic()
    {
        var editor = await portal.ClientAsync();

        var (response, page) = await editor.GetPageAsync("/edit/topics/999999/preview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Get_Preview_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/topics/1/preview");
}
