using System.Net;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Outcomes;

public class EditPageTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Post_Save_ShowsConflict_AndMergesTheSocialTickFromTheCurrentVersion()
    {
        var alice = await EditorTestClient.SignInAsync(portal);
        var bob = await EditorTestClient.SignInAsync(portal);
        int id;
        await using (var db = portal.NewDbContext())
        {
            id = await db
                .Outcomes.Where(o => o.Slug == "social-networks" && o.DraftOfId == null)
                .Select(o => o.Id)
                .SingleAsync();
        }
        var aliceForm = await alice.GetOkPageAsync($"/edit/outcomes/{id}");
        var bobForm = await bob.GetOkPageAsync($"/edit/outcomes/{id}");
        Assert.NotNull(bobForm.QuerySelector("#Input-IsSocial[checked]"));

        var first = await alice.SubmitAsync(
            aliceForm,
            "form[action*='handler=Save']",
            new() { ["Input.IsSocial"] = null }
        );
        var second = await bob.SubmitAsync(
            bobForm,
            "form[action*='handler=Save']",
            new() { ["Input.Description"] = "Bob's description." }
        );

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await Html.ParseAsync(second);
        var rows = conflict
            .QuerySelectorAll(".portal-conflict-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th").Text());
        Assert.Contains("true", rows["A social outcome"].Text());
        Assert.Contains("false", rows["A social outcome"].Text());
        Assert.Contains("Bob's description.", rows["Description"].Text());
        Assert.NotNull(rows["A social outcome"].QuerySelector("input[name='Resolve[IsSocial]'][value='current']"));

        var merged = await bob.SubmitAsync(
            conflict,
            "form[action*='handler=Save']",
            new() { ["Resolve[IsSocial]"] = "current" }
        );

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await using var check = portal.NewDbContext();
        var draft = await check.Outcomes.AsNoTracking().SingleAsync(o => o.DraftOfId == id);
        Assert.Equal((false, "Bob's description."), (draft.IsSocial, draft.Description));
    }

    [Fact]
    public async Task Post_Save_CreatesAnOutcome_WithTheBoxUnticked_AsNotSocial()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var form = await editor.GetOkPageAsync("/edit/outcomes/new");
        Assert.Null(form.QuerySelector("#Input-IsSocial[checked]"));

        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Name"] = "Employment" }
        );

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = portal.NewDbContext();
        var outcome = await db.Outcomes.AsNoTracking().SingleAsync(o => o.Slug == "employment");
        Assert.False(outcome.IsSocial);
    }
}
