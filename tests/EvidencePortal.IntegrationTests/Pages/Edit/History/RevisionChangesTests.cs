using System.Text.Json.Nodes;
using AngleSharp.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.History;

/// <summary>
/// Each revision on /edit/history shows what it changed, field by field and finding by finding, with the form's
/// labels and the values the public pages show; a publish against the version live before it.
/// </summary>
public class RevisionChangesTests : IDisposable
{
    private const string Slug = "castelein-2008-peer-support-groups-psychosis-rct";
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<int> StudyIdAsync()
    {
        await using var db = portal.NewDbContext();
        return await db.Studies.Where(s => s.Slug == Slug && s.DraftOfId == null).Select(s => s.Id).SingleAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SaveAsync(
        HttpClient editor, int id, Dictionary<string, string?> values)
    {
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var saved = await editor.SubmitAsync(form, "form[action*='handler=Save']", values);
        return (await editor.FollowAsync(saved)).Page;
    }

    private static async Task PublishAsync(HttpClient editor, int id) =>
        await editor.FollowAsync(await editor.SubmitAsync(await editor.GetOkPageAsync($"/edit/studies/{id}"),
            ".portal-record-status form[action*='handler=Publish']", []));

    /// <summary>The revision's rows as (field, before, after), each cell's text as a person reads it.</summary>
    private static List<(string, string, string)> Rows(IElement revision) =>
        revision.QuerySelectorAll("tbody tr")
            .Select(r => (r.QuerySelector("th").Text(), r.QuerySelectorAll("td")[0].Text(),
                r.QuerySelectorAll("td")[1].Text()))
            .ToList();

    [Fact]
    public async Task Get_History_ShowsAPublish_AsExactlyWhatItChangedForThePublic_InTheFormsWords()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync();
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var volume = form.QuerySelector("label[for='Input-VolumeIssuePages']").Text();
        var direction = form.QuerySelector("label[for='Input-Findings-1-Direction']").Text();

        await SaveAsync(editor, id,
            new() { ["Input.VolumeIssuePages"] = "118(1):64-73", ["Input.Findings[1].Direction"] = "NoEffect" });
        await PublishAsync(editor, id);

        var history = await editor.GetOkPageAsync($"/edit/history/study/{id}");
        var revisions = history.QuerySelectorAll(".portal-revision");
        Assert.Equal(
            ["Revision 3: Published", "Revision 2: Draft saved", "Revision 1: Imported"],
            revisions.Select(r => r.QuerySelector("h2").Text())
        );
        (string, string, string)[] expected =
        [
            (volume, "118(1):64-72", "118(1):64-73"),
            ($"Finding 2: {direction}", "Positive", "No effect"),
        ];
        Assert.Equal(expected, Rows(revisions[0]));
        Assert.Equal(expected, Rows(revisions[1]));
        Assert.Contains("Changes since revision 1, the version live before", revisions[0].Text());
        Assert.Contains("Changes since revision 1", revisions[1].Text());
        Assert.Equal(("Volume, issue and pages (optional)", "Direction"), (volume, direction));
        foreach (var leak in new[] { "Added", "Removed", "NoEffect", "VolumeIssuePages", "DraftSaved" })
        {
            Assert.DoesNotContain(leak, revisions[0].Text() + revisions[1].Text());
        }
    }

    [Fact]
    public async Task Get_History_SaysWhenAPublishChangedNothing_SinceTheVersionLiveBefore()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync();
        var setting = (await editor.GetOkPageAsync($"/edit/studies/{id}")).Value("Input.Setting");

        await SaveAsync(editor, id, new() { ["Input.Setting"] = "A setting changed, then changed back" });
        await SaveAsync(editor, id, new() { ["Input.Setting"] = setting });
        await PublishAsync(editor, id);

        var revisions = (await editor.GetOkPageAsync($"/edit/history/study/{id}")).QuerySelectorAll(".portal-revision");
        Assert.Equal("Revision 4: Published", revisions[0].QuerySelector("h2").Text());
        Assert.Contains("Published, no changes since revision 1", revisions[0].Text());
        Assert.Empty(revisions[0].QuerySelectorAll("table"));
        Assert.Equal([("Setting", "A setting changed, then changed back", setting is null or "" ? "(empty)" : setting)],
            Rows(revisions[1]));
    }

    [Fact]
    public async Task Get_History_ShowsChoicesAndDatesAsThePublicPagesDo_AndARemovedFindingAlone()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync();

        await SaveAsync(editor, id, new()
        {
            ["Input.DesignCategory"] = "ControlledStudy", ["Input.LastReviewedOn"] = "2026-12-01",
            ["Input.Findings[0].Remove"] = "true",
        });

        var revision = (await editor.GetOkPageAsync($"/edit/history/study/{id}")).QuerySelector(".portal-revision")!;
        var rows = Rows(revision);
        Assert.Equal(
            [
                ("Design group", "Randomised controlled trial", "Non-randomised controlled study"),
                ("Last reviewed against its sources", "26 November 2026", "1 December 2026"),
            ],
            rows[..2]
        );
        var (field, before, after) = Assert.Single(rows[2..]);
        Assert.Equal(("Finding 1, removed", "(empty)"), (field, after));
        Assert.Contains("Outcome: Social networks and contacts", before);
        Assert.Contains("Intervention: Peer support", before);
        Assert.Contains("Direction: Positive", before);
    }

    [Fact]
    public async Task Get_History_ShowsAPublishStoredWithTheOutgoingFindingsBesideTheIncoming_AsWhatWentLive()
    {
        var id = await StudyIdAsync();
        await using (var db = portal.NewDbContext())
        {
            // As publishes were stored before the fix: the live findings and the draft's, each in its place.
            var imported = await db.Revisions.SingleAsync(r => r.EntityType == "Study" && r.EntityId == id);
            var live = JsonNode.Parse(imported.SnapshotJson)!;
            var draft = live.DeepClone();
            draft["Findings"]![1]!["Direction"] = "NoEffect";
            var doubled = live.DeepClone();
            doubled["Findings"] = new JsonArray(live["Findings"]![0]!.DeepClone(), draft["Findings"]![0]!.DeepClone(),
                live["Findings"]![1]!.DeepClone(), draft["Findings"]![1]!.DeepClone());
            foreach (var (number, action, snapshot) in new[]
                { (2, RevisionAction.DraftSaved, draft), (3, RevisionAction.Published, doubled) })
            {
                db.Revisions.Add(new Revision
                {
                    EntityType = "Study", EntityId = id, Number = number, Action = action, At = DateTime.UtcNow,
                    UserName = "earlier@example.org", SnapshotJson = snapshot.ToJsonString(), ChangesJson = "[]",
                });
            }
            await db.SaveChangesAsync();
        }
        var editor = await EditorTestClient.SignInAsync(portal);

        var revision = (await editor.GetOkPageAsync($"/edit/history/study/{id}")).QuerySelector(".portal-revision")!;

        Assert.Equal("Revision 3: Published", revision.QuerySelector("h2").Text());
        Assert.Equal([("Finding 2: Direction", "Positive", "No effect")], Rows(revision));
    }
}
