using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Studies;

/// <summary>/edit/studies/{id}/preview: the study exactly as the public will see it, under a banner to publish it or go
/// back.</summary>
[Collection(EditorPortalCollection.Name)]
public class PreviewPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Preview_OfALiveStudyWithoutADraft_ShowsThePublicPage_AndSaysThereIsNothingToPublish()
    {
        var editor = await portal.ClientAsync();
        var study = await portal.LiveRecordAsync(db => db.Studies);

        var page = await editor.GetOkPageAsync($"/edit/studies/{study.Id}/preview");

        Assert.Equal($"Preview: {study.Title} – EvidencePortal", page.Title);
        Assert.Equal(study.Title, page.QuerySelector("main h1").Text());
        var banner = page.QuerySelector(".portal-preview-banner")!;
        Assert.Contains("There are no unpublished changes: this is the live version.", banner.Text());
        Assert.Null(banner.QuerySelector("form"));
        Assert.Equal(
            $"/edit/studies/{study.Id}",
            banner.QuerySelectorAll("a").Single(a => a.Text() == "Back to editing").GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_Preview_Answers404_ForAnUnknownStudy()
    {
        var editor = await portal.ClientAsync();

        var (response, page) = await editor.GetPageAsync("/edit/studies/999999/preview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Get_Preview_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/studies/1/preview");
}
