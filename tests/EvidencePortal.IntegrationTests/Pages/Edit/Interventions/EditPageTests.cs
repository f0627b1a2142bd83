using System.Globalization;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Interventions;

/// <summary>/edit/interventions/{id}: an intervention's form, with its state and the ways to preview, publish or delete
/// it.</summary>
[Collection(EditorPortalCollection.Name)]
public class EditPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Edit_FillsTheFormWithTheIntervention_AndShowsItIsLive()
    {
        var editor = await portal.ClientAsync();
        var intervention = await portal.LiveRecordAsync(db => db.Interventions);

        var page = await editor.GetOkPageAsync($"/edit/interventions/{intervention.Id}");

        Assert.Equal(intervention.Name, page.QuerySelector("main h1").Text());
        Assert.Equal(intervention.Name, page.Value("Input.Name"));
        Assert.Equal(intervention.TopicId.ToString(CultureInfo.InvariantCulture), page.Value("Input.TopicId"));
        Assert.Equal("Save draft", page.QuerySelector("form[action*='handler=Save'] button").Text());
        var status = page.QuerySelector(".portal-record-status")!;
        Assert.Contains("Live No unpublished changes.", status.Text());
        Assert.Equal(
            $"/edit/history/intervention/{intervention.Id}",
            status.QuerySelectorAll("a").Single(a => a.Text() == "History of changes").GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_New_IsAnEmptyForm_WithNoStateYet()
    {
        var editor = await portal.ClientAsync();

        var page = await editor.GetOkPageAsync("/edit/interventions/new");

        Assert.Equal("Add an intervention", page.QuerySelector("main h1").Text());
        Assert.Equal("", page.Value("Input.Name"));
        Assert.Null(page.QuerySelector(".portal-record-status"));
    }

    [Fact]
    public async Task Get_Edit_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/interventions/1");
}
