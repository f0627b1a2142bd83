using System.Net;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Studies;

public class EditPageTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<int> StudyIdAsync(string slug)
    {
        await using var db = portal.NewDbContext();
        return await db.Studies.Where(s => s.Slug == slug && s.DraftOfId == null).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task Post_Save_KeepsTheLiveVersionPublic_UntilTheDraftIsPublished()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var anonymous = portal.CreateClient();
        var id = await StudyIdAsync("harris-1999-befriending-chronic-depression");

        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Title"] = "Befriending women with chronic depression (edited)" }
        );
        if (saved.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await Html.ParseAsync(saved);
            Assert.Fail(
                $"{(int)saved.StatusCode}: "
                    + body.QuerySelector(".nhsuk-error-summary")?.TextContent
                    + body.MainText()[..Math.Min(500, body.MainText().Length)]
            );
        }
        var (_, afterSave) = await editor.FollowAsync(saved);

        Assert.Contains("Draft saved", afterSave.MainText());
        Assert.Equal("Befriending women with chronic depression (edited)", afterSave.Value("Input.Title"));
        var publicPage = await anonymous.GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");
        Assert.StartsWith("Befriending as an intervention", publicPage.QuerySelector("h1").Text());

        var preview = await editor.GetOkPageAsync($"/edit/studies/{id}/preview");
        Assert.Equal("Befriending women with chronic depression (edited)", preview.QuerySelector("main h1").Text());

        var published = await editor.SubmitAsync(preview, ".portal-preview-banner form", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var live = await anonymous.GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");
        Assert.Equal("Befriending women with chronic depression (edited)", live.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task Post_Save_ShowsConflict_WhenRecordChangedMeanwhile()
    {
        var alice = await EditorTestClient.SignInAsync(portal);
        var bob = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync("mead-2010-befriending-meta-analysis");
        var aliceForm = await alice.GetOkPageAsync($"/edit/studies/{id}");
        var bobForm = await bob.GetOkPageAsync($"/edit/studies/{id}");

        var first = await alice.SubmitAsync(
            aliceForm,
            "form[action*='handler=Save']",
            new() { ["Input.Country"] = "Alice's country" }
        );
        var second = await bob.SubmitAsync(
            bobForm,
            "form[action*='handler=Save']",
            new() { ["Input.Country"] = "Bob's country", ["Input.Setting"] = "Bob's setting" }
        );

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await Html.ParseAsync(second);
        var row = conflict
            .QuerySelectorAll(".portal-conflict-table tbody tr")
            .Single(r => r.QuerySelector("th").Text() == "Country");
        Assert.Contains("Bob's country", row.Text());
        Assert.Contains("Alice's country", row.Text());
        Assert.Equal("Bob's setting", conflict.Value("Input.Setting"));

        // Bob keeps Alice's country and his own setting: a merge, nothing lost.
        var merged = await bob.SubmitAsync(
            conflict,
            "form[action*='handler=Save']",
            new() { ["Resolve[Country]"] = "current" }
        );
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await using var db = portal.NewDbContext();
        var draft = await db.Studies.SingleAsync(s => s.DraftOfId == id);
        Assert.Equal("Alice's country", draft.Country);
        Assert.Equal("Bob's setting", draft.Setting);
    }

    [Fact]
    public async Task Post_Save_ShowsMessagesAndKeepsTypedValues_WhenInputIsInvalid()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync("siette-2017-befriending-meta-analysis");
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.Title"] = "",
                ["Input.Year"] = "nineteen",
                ["Input.Doi"] = "not a doi",
                ["Input.SourceUrls"] = "javascript:alert(1)",
                ["Input.Country"] = "<script>alert('x')</script>",
            }
        );
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()).ToList();
        Assert.Contains("Enter the study's title", messages);
        Assert.Contains(messages, m => m.StartsWith("Enter the year as 4 digits", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Enter a DOI like", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Source address 1 is not a web address", StringComparison.Ordinal));
        Assert.Equal("nineteen", page.Value("Input.Year"));
        Assert.Equal("<script>alert('x')</script>", page.Value("Input.Country"));
        Assert.Empty(page.ForeignScripts());
        await using var db = portal.NewDbContext();
        Assert.False(await db.Studies.AnyAsync(s => s.DraftOfId == id));
    }

    [Fact]
    public async Task Get_RecordChecked_IsAChoiceOfThree_AndPost_RefusesAnyOther_KeepingTheForm()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync("harris-1999-befriending-chronic-depression");
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var choice = form.QuerySelector("select[name='Input.Verification']")!;
        Assert.Equal(
            ["", "confirmed", "corrected", "doubtful"],
            choice.QuerySelectorAll("option").Select(o => o.GetAttribute("value"))
        );
        Assert.Equal("confirmed", choice.QuerySelector("option[selected]")?.GetAttribute("value"));

        var refused = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Verification"] = "checked by Bob", ["Input.Setting"] = "A setting typed meanwhile" }
        );
        var page = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "Choose how the record was checked",
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text())
        );
        Assert.Equal("A setting typed meanwhile", page.Value("Input.Setting"));
        await using (var db = portal.NewDbContext())
        {
            Assert.False(await db.Studies.AnyAsync(s => s.DraftOfId == id));
        }

        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Verification"] = "doubtful" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await editor.FollowAsync(saved);
        Assert.Equal(
            "doubtful",
            after.QuerySelector("select[name='Input.Verification'] option[selected]")?.GetAttribute("value")
        );
    }
}
