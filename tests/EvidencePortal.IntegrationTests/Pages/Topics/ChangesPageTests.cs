using System.Net;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

/// <summary>
/// /topics/{slug}/changes: every change published to the topic and its studies, newest first, each in words under the
/// day it went live; drafts never. Each test changes records through the editors' real forms on a store of its own.
/// </summary>
public class ChangesPageTests : IDisposable
{
    private readonly ChangeLogPortal portal = new();

    public void Dispose() => portal.Dispose();

    private Task<int> TopicIdAsync(string slug) => portal.IdAsync(db => db.Topics, t => t.Slug == slug);

    [Fact]
    public async Task Get_Changes_SaysSo_WhenNothingHasBeenPublishedSinceTheContentWasAdded_AndTheTopicLinksToIt()
    {
        var reader = portal.CreateClient();

        var topic = await reader.GetOkPageAsync("/topics/befriending");
        var page = await reader.GetOkPageAsync("/topics/befriending/changes");

        var link = topic.QuerySelector(".portal-last-reviewed a");
        Assert.Equal(
            ("See what changed and when", "/topics/befriending/changes"),
            (link.Text(), link!.GetAttribute("href"))
        );
        Assert.Equal("Changes to Befriending", page.QuerySelector("main h1").Text());
        Assert.Contains("No changes have been published to this topic or its studies", page.MainText());
        Assert.Empty(page.Changes());
        Assert.Equal("/topics/befriending", page.QuerySelectorAll(".nhsuk-breadcrumb a")[^1].GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Changes_ListsAPublishedChangeToTheTopic_ByItsLabels_UnderItsDate_AndNeverADraft()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var reader = portal.CreateClient();
        var href = $"/edit/topics/{await TopicIdAsync("befriending")}";
        Assert.Empty((await reader.GetOkPageAsync("/topics/befriending/changes")).Changes());

        await editor.SaveAndPublishAsync(href, new()
        {
            ["Input.KeyMessage"] = "Befriending helps some people feel less lonely; it rarely widens networks.",
            ["Input.SummaryMarkdown"] = "A rewritten summary.", ["Input.LastReviewedOn"] = "2026-12-01",
        });
        await editor.SaveAsync(href, new() { ["Input.Title"] = "Befriending (a draft title)" });

        var page = await reader.GetOkPageAsync("/topics/befriending/changes");
        var change = Assert.Single(page.Changes());
        Assert.Equal(
            (portal.Today, "Topic updated: Befriending", "/topics/befriending"),
            (change.Date, change.Heading, change.Href)
        );
        Assert.Equal(
            [
                "Key message changed", "Summary changed",
                "Last reviewed changed from 26 November 2026 to 1 December 2026",
            ],
            change.Lines
        );
        Assert.NotNull(page.QuerySelector($"main h2 time[datetime='{portal.Clock.GetUtcNow():yyyy-MM-dd}']"));
        Assert.Contains("1 published change", page.MainText());
        foreach (var hidden in new[] { "draft title", "KeyMessage", "SummaryMarkdown", "editor-", "Published again" })
        {
            Assert.DoesNotContain(hidden, page.MainText());
        }
    }

    [Fact]
    public async Task Get_Changes_SaysHowTheEditorsSetTheHeadlineRating_FromWhatToWhat_AndWhy()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var href = $"/edit/topics/{await TopicIdAsync("peer-support")}";

        await editor.SaveAndPublishAsync(href, new()
        {
            ["Input.OverrideDirection"] = "Positive", ["Input.OverrideStrength"] = "Low",
            ["Input.OverrideRationale"] = "A new UK trial is being added to the records.",
        });
        await editor.SaveAndPublishAsync(href, new()
        {
            ["Input.OverrideStrength"] = "Moderate",
            ["Input.OverrideRationale"] = "The UK trial is now in the records.",
        });
        await editor.SaveAndPublishAsync(href, new()
        {
            ["Input.OverrideDirection"] = "", ["Input.OverrideStrength"] = "", ["Input.OverrideRationale"] = "",
        });

        var changes = (await portal.CreateClient().GetOkPageAsync("/topics/peer-support/changes")).Changes();
        Assert.Equal(
            [
                ["The editors’ headline rating was withdrawn: the rating is worked out from the studies again."],
                ["Headline rating: strength of evidence changed from Low to Moderate",
                    "Why: The UK trial is now in the records."],
                ["The editors set the headline rating in place of the one worked out from the studies: "
                    + "direction of effect Positive, strength of evidence Low.",
                    "Why: A new UK trial is being added to the records."],
            ],
            changes.Select(c => c.Lines)
        );
        Assert.All(changes, c => Assert.Equal("Topic updated: Peer support", c.Heading));
    }

    [Fact]
    public async Task Get_Changes_ShowsFiftyAPage_NewestFirst_WithPagination()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await TopicIdAsync("digital");
        await editor.SaveAndPublishAsync($"/edit/topics/{id}", new() { ["Input.LastReviewedOn"] = "2026-12-01" });
        await using (var db = portal.NewDbContext())
        {
            // Fifty more publishes of the same version, a minute apart: paging needs numbers, not more forms.
            var published = await db.Revisions.AsNoTracking()
                .SingleAsync(r => r.EntityType == "Topic" && r.EntityId == id && r.Action == RevisionAction.Published);
            db.Revisions.AddRange(Enumerable.Range(1, 50).Select(n => new Revision
            {
                EntityType = "Topic", EntityId = id, Number = published.Number + n, Action = RevisionAction.Published,
                At = published.At.AddMinutes(n), UserName = published.UserName,
                SnapshotJson = published.SnapshotJson, ChangesJson = "[]",
            }));
            await db.SaveChangesAsync();
        }
        var reader = portal.CreateClient();

        var first = await reader.GetOkPageAsync("/topics/digital/changes");
        var second = await reader.GetOkPageAsync("/topics/digital/changes?page=2");

        Assert.Equal(50, first.Changes().Count);
        Assert.All(first.Changes(), c => Assert.Equal(["Published again: nothing shown here changed"], c.Lines));
        Assert.Equal(
            ["Last reviewed changed from 26 November 2026 to 1 December 2026"],
            Assert.Single(second.Changes()).Lines
        );
        Assert.Contains("51 published changes, page 2 of 2", second.MainText());
        Assert.Equal(
            ("/topics/digital/changes?page=2", "/topics/digital/changes"),
            (first.QuerySelector(".nhsuk-pagination__next")?.GetAttribute("href"),
                second.QuerySelector(".nhsuk-pagination__previous")?.GetAttribute("href"))
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await reader.GetAsync("/topics/digital/changes?page=3")).StatusCode
        );
    }

    [Theory]
    [InlineData("/topics/no-such-topic/changes", HttpStatusCode.NotFound)]
    [InlineData("/topics/befriending/changes?page=2", HttpStatusCode.NotFound)]
    [InlineData("/topics/befriending/changes?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/topics/befriending/changes?page=two", HttpStatusCode.BadRequest)]
    public async Task Get_Changes_AnswersWithAHelpfulPage_ForAnUnknownTopicOrPage(string url, HttpStatusCode status)
    {
        var (response, page) = await portal.CreateClient().GetPageAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.NotNull(page.QuerySelector("main a[href]"));
    }
}
