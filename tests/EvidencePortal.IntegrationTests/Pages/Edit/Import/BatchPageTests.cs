using System.Net;
using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>
/// /edit/import/{id}: an uploaded file's preview, then its progress and report. Uploading makes a batch, so this
/// class has a portal of its own; the whole import is followed in <see cref="RisImportTests"/> and the others here.
/// </summary>
public class BatchPageTests(BatchPageTests.Fixture fixture) : IClassFixture<BatchPageTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        private Task<HttpClient>? editor;

        public Task<HttpClient> EditorAsync() => editor ??= EditorTestClient.SignInAsync(this);
    }

    [Fact]
    public async Task Get_Batch_BeforeImporting_ShowsTheFileWhatWouldBeAddedAndSkipped_AndTheChoice()
    {
        var editor = await fixture.EditorAsync();
        var (id, _) = await editor.UploadForPreviewAsync(
            "three.ris",
            ImportSteps.Fixture("three-new-three-skipped.ris")
        );

        var page = await editor.GetOkPageAsync($"/edit/import/{id}");

        Assert.Equal("Check before importing", page.QuerySelector("main h1").Text());
        var facts = page.QuerySelectorAll("main .nhsuk-summary-list__row")
            .ToDictionary(row => row.QuerySelector("dt").Text(), row => row.QuerySelector("dd").Text());
        Assert.Equal("three.ris (RIS)", facts["File"]);
        Assert.Equal("6", facts["References in the file"]);
        Assert.Equal("3 would be added as drafts and 3 would be skipped.", page.QuerySelector("#import-counts").Text());
        Assert.Equal("Import 3 studies as drafts", page.QuerySelector("form[action*='handler=Confirm'] button").Text());
        Assert.Equal("Cancel", page.QuerySelector("form[action*='handler=Cancel'] button").Text());
        Assert.Equal(
            ["Would be skipped (3)", "Would be added as drafts (3)"],
            page.QuerySelectorAll("main table caption").Select(c => c.Text())
        );
    }

    [Fact]
    public async Task Get_Batch_Answers404_ForABatchThatIsNotThere()
    {
        var editor = await fixture.EditorAsync();

        var (response, page) = await editor.GetPageAsync("/edit/import/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
        Assert.Contains("There is no import 987654 of yours", page.MainText());
    }

    [Fact]
    public async Task Get_Batch_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(fixture).GetAsync("/edit/import/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fedit%2Fimport%2F1", response.RedirectTarget());
    }
}
