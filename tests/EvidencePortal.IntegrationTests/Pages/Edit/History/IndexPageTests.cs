namespace EvidencePortal.IntegrationTests.Pages.Edit.History;

/// <summary>/edit/history/{type}/{id}: every revision of a record, newest first, each with what it changed.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_History_NamesTheRecord_AndListsItsRevisions_BackToTheImport()
    {
        var editor = await portal.ClientAsync();
        var study = await portal.LiveRecordAsync(db => db.Studies);

        var page = await editor.GetOkPageAsync($"/edit/history/study/{study.Id}");

        Assert.Equal("History of changes", page.QuerySelector("main .nhsuk-caption-l").Text());
        Assert.Equal(study.Title, page.QuerySelector("main h1").Text());
        Assert.Equal(
            $"/edit/studies/{study.Id}",
            page.QuerySelectorAll("main a").Single(a => a.Text() == "Back to editing").GetAttribute("href")
        );
        var revisions = page.QuerySelectorAll(".portal-revision h2").Select(h => h.Text()).ToList();
        Assert.Equal("Revision 1: Imported", revisions[^1]);
    }

    [Fact]
    public async Task Get_History_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/history/study/1");
}
