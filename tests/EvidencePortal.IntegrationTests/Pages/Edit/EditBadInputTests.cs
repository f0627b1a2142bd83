using System.Net;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit;

/// <summary>Hostile and broken input on the editing forms: a message every time, nothing half-saved, never a
/// 500.</summary>
public class EditBadInputTests(EditBadInputTests.Fixture fixture) : IClassFixture<EditBadInputTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        private Task<HttpClient>? editor;

        public Task<HttpClient> EditorAsync() => editor ??= EditorTestClient.SignInAsync(this);
    }

    private async Task<(HttpClient Editor, int Id, AngleSharp.Html.Dom.IHtmlDocument Form)> OpenAsync(string slug)
    {
        var editor = await fixture.EditorAsync();
        await using var db = fixture.NewDbContext();
        var id = await db.Studies.Where(s => s.Slug == slug && s.DraftOfId == null).Select(s => s.Id).SingleAsync();
        return (editor, id, await editor.GetOkPageAsync($"/edit/studies/{id}"));
    }

    [Fact]
    public async Task Post_Save_RefusesAMegabyteValue_WithAMessage_AndSavesNothing()
    {
        var (editor, id, form) = await OpenAsync("almerie-2015-social-skills-cochrane");
        var huge = new string('a', 1024 * 1024);

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Title"] = huge, ["Input.Population"] = huge }
        );
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()).ToList();
        Assert.Contains("The title must be 1,000 characters or fewer", messages);
        Assert.Contains("The population must be 2,000 characters or fewer", messages);
        await using var db = fixture.NewDbContext();
        Assert.False(await db.Studies.AnyAsync(s => s.DraftOfId == id));
    }

    [Fact]
    public async Task Post_Save_KeepsOddUnicode_AndStripsControlCharacters()
    {
        var (editor, id, form) = await OpenAsync("haslam-2016-groups-4-health-pilot");
        const string odd = "Ünïcödé ✓ 🌱 עברית العربية 中文 \u200b zero-width";

        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = odd + "\u0007\u001b\u0001" }
        );

        Assert.True(
            saved.StatusCode == HttpStatusCode.Redirect,
            string.Join("\n", fixture.ServerErrors).Replace("\0", "\\0")
        );
        await using var db = fixture.NewDbContext();
        Assert.Equal(odd, (await db.Studies.SingleAsync(s => s.DraftOfId == id)).Setting);
    }

    [Fact]
    public async Task Post_Save_WithANullCharacter_Answers400WithAMessage_AndSavesNothing()
    {
        var (editor, id, form) = await OpenAsync("alvarez-jimenez-2021-horyzons-rct");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = "before\u0000after" }
        );
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("characters the portal does not accept", page.MainText());
        await using var db = fixture.NewDbContext();
        Assert.False(await db.Studies.AnyAsync(s => s.DraftOfId == id));
    }

    [Theory]
    [InlineData("/edit/studies/999999")]
    [InlineData("/edit/studies/abc")]
    [InlineData("/edit/studies/-1")]
    [InlineData("/edit/studies/999999/preview")]
    [InlineData("/edit/topics/999999")]
    [InlineData("/edit/history/study/999999")]
    [InlineData("/edit/history/spaceship/1")]
    public async Task Get_UnknownRecords_Answer404WithAPage(string url)
    {
        var editor = await fixture.EditorAsync();

        var (response, page) = await editor.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("99999.1")]
    [InlineData("1.99999")]
    public async Task Post_Publish_WithABadOrStaleToken_ChangesNothing(string token)
    {
        var (editor, id, form) = await OpenAsync("toh-2022-digital-social-isolation-scoping-review");
        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = "Draft setting" }
        );
        var (_, edit) = await editor.FollowAsync(saved);

        var response = await editor.SubmitAsync(
            edit,
            ".portal-record-status form[action*='handler=Publish']",
            new() { ["version"] = token }
        );

        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict,
            $"answered {response.StatusCode}"
        );
        Assert.DoesNotContain(
            "Draft setting",
            (
                await fixture.CreateClient().GetOkPageAsync("/studies/toh-2022-digital-social-isolation-scoping-review")
            ).MainText()
        );
    }

    [Fact]
    public async Task Post_Save_WithFindingsPointingNowhere_ShowsMessagesPerFinding()
    {
        var (editor, _, form) = await OpenAsync("quirk-2020-group-physical-activity-meta-ethnography");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.Findings[0].InterventionId"] = "999999",
                ["Input.Findings[0].Direction"] = "Sideways",
                ["Input.Findings[0].Note"] = "",
            }
        );
        var page = await Html.ParseAsync(response);

        var links = page.QuerySelectorAll(".nhsuk-error-summary a")
            .Select(a => (a.GetAttribute("href"), a.Text()))
            .ToList();
        Assert.Contains(("#Input-Findings-0-InterventionId", "Choose the intervention for finding 1"), links);
        Assert.Contains(("#Input-Findings-0-Direction", "Choose the direction of finding 1"), links);
        Assert.Contains(("#Input-Findings-0-Note", "Say in a sentence what finding 1 was"), links);
        Assert.NotNull(page.QuerySelector("#Input-Findings-0-Note"));
    }

    [Fact]
    public async Task Post_AddFinding_AddsARowWithoutSaving_AndKeepsWhatWasTyped()
    {
        var (editor, id, form) = await OpenAsync("beckers-2023-social-support-meta-analysis");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = "Typed but not saved" },
            action: "?handler=AddFinding"
        );
        var page = await Html.ParseAsync(response);

        Assert.Equal(2, page.QuerySelectorAll("fieldset.portal-finding-edit").Length);
        Assert.Equal("Typed but not saved", page.Value("Input.Setting"));
        await using var db = fixture.NewDbContext();
        Assert.False(await db.Studies.AnyAsync(s => s.DraftOfId == id));
    }
}
