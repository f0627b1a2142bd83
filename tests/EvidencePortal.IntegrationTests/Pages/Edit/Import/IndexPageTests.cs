namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>/edit/import: uploading a RIS or CSV file for a preview, and the rules an import follows.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Import_OffersTheUploadForm_AndExplainsWhatIsReadAndWhatIsSkipped()
    {
        var editor = await portal.ClientAsync();

        var page = await editor.GetOkPageAsync("/edit/import");

        Assert.Equal("Import references", page.QuerySelector("main h1").Text());
        var form = page.QuerySelector(ImportSteps.UploadForm)!;
        Assert.Equal("Upload a file", form.QuerySelector("label[for='Input-File']").Text());
        Assert.Equal("file", form.QuerySelector("#Input-File")!.GetAttribute("type"));
        Assert.Equal("What kind of file is it?", form.QuerySelector("label[for='Input-Format']").Text());
        Assert.Equal("Upload and preview", form.QuerySelector("button").Text());
        Assert.Equal(
            ["What happens to each reference", "Preparing a file"],
            page.QuerySelectorAll("main h2").Select(h => h.Text())
        );
        Assert.Equal(
            ["RIS tags the portal reads", "CSV columns the portal reads"],
            page.QuerySelectorAll("main caption").Select(c => c.Text())
        );
    }

    [Fact]
    public async Task Get_Import_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/import");
}
