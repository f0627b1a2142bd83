using System.Net;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.IntegrationTests.Pages.Topics;

namespace EvidencePortal.IntegrationTests.Pages.Reviews;

/// <summary>
/// /reviews/{slug}/changes: every change published to the review, its topics and their studies, newest first, in
/// words; drafts never. Changes are made through the editors' real forms on a store of the test's own.
/// </summary>
public class ChangesPageTests : IDisposable
{
    private readonly ChangeLogPortal portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Get_Changes_SaysSo_WhenNothingHasBeenPublished_AndTheReviewLinksToIt()
    {
        var reader = portal.CreateClient();

        var review = await reader.GetOkPageAsync("/reviews/social-networks");
        var page = await reader.GetOkPageAsync("/reviews/social-networks/changes");

        var link = review.QuerySelector(".portal-last-reviewed a");
        Assert.Equal(
            ("See what changed and when", "/reviews/social-networks/changes"),
            (link.Text(), link!.GetAttribute("href"))
        );
        Assert.Contains("No changes have been published to this review, its topics or their studies", page.MainText());
        Assert.Empty(page.Changes());
    }

    [Fact]
    public async Task Get_Changes_ListsTheReviewsItsTopicsAndTheirStudiesChanges_NewestFirst_AndNoDraft()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var review = await portal.IdAsync(db => db.Reviews, r => r.Slug == "social-networks");
        var topic = await portal.IdAsync(db => db.Topics, t => t.Slug == "digital");
        var study = await portal.IdAsync(db => db.Studies,
            s => s.Slug == "castelein-2008-peer-support-groups-psychosis-rct");

        await editor.SaveAndPublishAsync($"/edit/reviews/{review}", new() { ["Input.KeyMessage"] = "A new message." });
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.SaveAndPublishAsync($"/edit/topics/{topic}", new() { ["Input.Title"] = "Digital interventions" });
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.SaveAndPublishAsync($"/edit/studies/{study}", new() { ["Input.Findings[1].Direction"] = "Mixed" });
        await editor.SaveAsync($"/edit/studies/{study}", new() { ["Input.Findings[0].Direction"] = "Negative" });

        var changes = (await portal.CreateClient().GetOkPageAsync("/reviews/social-networks/changes")).Changes();

        Assert.Equal(3, changes.Count);
        Assert.All(changes, c => Assert.Equal(portal.Today, c.Date));
        Assert.Equal("/studies/castelein-2008-peer-support-groups-psychosis-rct", changes[0].Href);
        Assert.Equal(["Finding on social support (Peer support) changed from Positive to Mixed"], changes[0].Lines);
        Assert.Equal(
            ("Topic updated: Digital interventions", "/topics/digital"),
            (changes[1].Heading, changes[1].Href)
        );
        Assert.Equal(
            ["Title changed from Digital and online interventions to Digital interventions"],
            changes[1].Lines
        );
        Assert.Equal(("Review updated", "/reviews/social-networks"), (changes[2].Heading[..14], changes[2].Href));
        Assert.Equal(["Key message changed"], changes[2].Lines);
    }

    [Theory]
    [InlineData("/reviews/no-such-review/changes", HttpStatusCode.NotFound)]
    [InlineData("/reviews/social-networks/changes?page=2", HttpStatusCode.NotFound)]
    [InlineData("/reviews/social-networks/changes?page=-1", HttpStatusCode.BadRequest)]
    public async Task Get_Changes_AnswersWithAHelpfulPage_ForAnUnknownReviewOrPage(string url, HttpStatusCode status)
    {
        var (response, page) = await portal.CreateClient().GetPageAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.NotNull(page.QuerySelector("main a[href]"));
    }
}
