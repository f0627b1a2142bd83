using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.History;

public class HistoryTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<int> StudyIdAsync(string slug)
    {
        await using var db = portal.NewDbContext();
        return await db.Studies.Where(s => s.Slug == slug && s.DraftOfId == null).Select(s => s.Id).SingleAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SaveAndPublishAsync(
        HttpClient editor,
        int id,
        Dictionary<string, string?> values
    )
    {
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(form, "form[action*='handler=Save']", values)
        );
        var (_, published) = await editor.FollowAsync(
            await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", [])
        );
        return published;
    }

    [Fact]
    public async Task Post_Restore_BringsBackAnEarlierVersion_AsANewRevision()
    {
        var editor = await EditorTestClient.SignInAsync(portal, email: "restorer@example.org");
        var id = await StudyIdAsync("castelein-2008-peer-support-groups-psychosis-rct");
        await SaveAndPublishAsync(editor, id, new() { ["Input.Setting"] = "First setting" });
        await SaveAndPublishAsync(
            editor,
            id,
            new() { ["Input.Setting"] = "Second setting", ["Input.Findings[0].Note"] = "A changed note." }
        );

        var history = await editor.GetOkPageAsync($"/edit/history/study/{id}");
        var revisions = history.QuerySelectorAll(".portal-revision");
        Assert.Equal(5, revisions.Length);
        Assert.Contains("Revision 5: Published", revisions[0].Text());
        Assert.Contains("Revision 1: Imported", revisions[^1].Text());
        Assert.Contains("restorer@example.org", revisions[0].Text());
        var change = revisions[1]
            .QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th").Text() == "Setting")
            .Text();
        Assert.Contains("First setting", change);
        Assert.Contains("Second setting", change);
        Assert.Contains(revisions[1].QuerySelectorAll("tbody tr"), r =>
            r.QuerySelector("th").Text() == "Finding 1: What was found" && r.Text().Contains("A changed note.")
        );

        // Revision 3 is the first publish: restore it, then publish the restored draft.
        var restore = history
            .QuerySelectorAll(".portal-revision form")
            .Single(f => f.QuerySelector("input[name='number']")!.GetAttribute("value") == "3");
        var restored = await editor.SubmitAsync(history, $".portal-revision:nth-child(3) form", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.NotNull(restore);
        var (_, edit) = await editor.FollowAsync(restored);
        Assert.Contains("Revision 3 restored as a draft", edit.MainText());
        Assert.Equal("First setting", edit.Value("Input.Setting"));
        await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []);

        var live = await portal
            .CreateClient()
            .GetOkPageAsync("/studies/castelein-2008-peer-support-groups-psychosis-rct");
        Assert.Contains("First setting", live.MainText());
        Assert.DoesNotContain("A changed note.", live.MainText());
        await using var db = portal.NewDbContext();
        var actions = await db
            .Revisions.Where(r => r.EntityType == "Study" && r.EntityId == id)
            .OrderBy(r => r.Number)
            .Select(r => r.Action)
            .ToListAsync();
        Assert.Equal(
            [
                RevisionAction.Imported,
                RevisionAction.DraftSaved,
                RevisionAction.Published,
                RevisionAction.DraftSaved,
                RevisionAction.Published,
                RevisionAction.Restored,
                RevisionAction.Published,
            ],
            actions
        );
    }

    [Fact]
    public async Task Post_Restore_OfAPublish_BringsBackWhatWentLive_NotTheOutgoingFindingsBesideIt()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync("castelein-2008-peer-support-groups-psychosis-rct");
        await SaveAndPublishAsync(editor, id, new() { ["Input.Findings[1].Direction"] = "NoEffect" });
        await SaveAndPublishAsync(editor, id, new() { ["Input.Setting"] = "Later setting" });

        var history = await editor.GetOkPageAsync($"/edit/history/study/{id}");
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(history, ".portal-revision:nth-child(3) form", [])
        );

        Assert.Contains("Revision 3 restored as a draft", edit.MainText());
        Assert.Equal(2, edit.QuerySelectorAll("fieldset.portal-finding-edit").Length);
        Assert.Equal(["Positive", "NoEffect"], [edit.Value("Input.Findings[0].Direction"),
            edit.Value("Input.Findings[1].Direction")]);
    }

    [Fact]
    public async Task Post_Delete_WithdrawsAStudy_AndUndeleteBringsItBack_BothAudited()
    {
        var admin = await EditorTestClient.SignInAsync(portal, Roles.Admin, "admin@example.org");
        var id = await StudyIdAsync("pernice-2021-clubhouse-connection");
        var anonymous = portal.CreateClient();
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync("/studies/pernice-2021-clubhouse-connection")).StatusCode
        );

        var form = await admin.GetOkPageAsync($"/edit/delete/study/{id}");
        var (_, deleted) = await admin.FollowAsync(await admin.SubmitAsync(form, "form.portal-confirm-delete", []));
        Assert.Contains("Deleted", deleted.QuerySelector(".portal-record-status").Text());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await anonymous.GetAsync("/studies/pernice-2021-clubhouse-connection")).StatusCode
        );

        await admin.FollowAsync(
            await admin.SubmitAsync(deleted, ".portal-record-status form[action*='handler=Undelete']", [])
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync("/studies/pernice-2021-clubhouse-connection")).StatusCode
        );

        var audit = await admin.GetOkPageAsync("/edit/audit?entityType=Study");
        var actions = audit
            .QuerySelectorAll(".portal-audit-table tbody tr td:nth-child(2)")
            .Select(td => td.Text())
            .ToList();
        Assert.Equal(["Restored", "Deleted"], actions);
        var csv = await admin.GetAsync("/edit/audit?handler=Csv&action=Deleted");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System
            .Text.Encoding.UTF8.GetString(bytes[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("admin@example.org", lines[1]);
    }
}
