using System.Text.RegularExpressions;
using EvidencePortal.BrowserTests.Accessibility;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

/// <summary>A practitioner finds out when and why a topic's advice changed: from "Last reviewed" to its change
/// log, read on a desktop, a phone and paper.</summary>
[Collection(BrowserCollection.Name)]
public class ChangeLogJourneyTests(BrowserFixture browser)
{
    private const string Reason = "A trial due to report in 2027 is expected to settle the direction.";

    /// <summary>Sets the digital topic's headline rating as an editor would, through the draft workflow: no other
    /// browser test reads that rating.</summary>
    private async Task PublishRatingAsync()
    {
        int id;
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var (db, drafts, kind) = Services(scope);
            id = await db.Topics.Where(t => t.Slug == "digital" && t.DraftOfId == null).Select(t => t.Id).SingleAsync();
            var state = await drafts.LoadAsync(kind, id, default);
            var saved = await drafts.SaveDraftAsync(kind, id, state!.Token, topic =>
            {
                (topic.OverrideDirection, topic.OverrideStrength) = (HeadlineDirection.Mixed, EvidenceStrength.Low);
                topic.OverrideRationale = Reason;
                return Task.CompletedTask;
            }, default);
            Assert.True(saved.Succeeded);
        }
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var (_, drafts, kind) = Services(scope);
            var state = await drafts.LoadAsync(kind, id, default);
            Assert.True((await drafts.PublishAsync(kind, id, state!.Token, default)).Succeeded);
        }
    }

    private static (PortalDbContext, DraftWorkflow, TopicKind) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<PortalDbContext>(),
            scope.ServiceProvider.GetRequiredService<DraftWorkflow>(),
            scope.ServiceProvider.GetRequiredService<TopicKind>());

    [Fact]
    public async Task Practitioner_FollowsLastReviewedToTheChangeLog_AndReadsWhatChangedAndWhy()
    {
        await PublishRatingAsync();
        var (page, failures) = await browser.NewPageAsync();

        await page.GotoAsync("/topics/digital");
        await page.GetByRole(AriaRole.Link, new() { Name = "See what changed and when" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/topics/digital/changes$"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Changes to Digital and online interventions");
        var entry = page.Locator(".portal-change").First;
        await Assertions.Expect(entry.Locator("h3")).ToHaveTextAsync("Topic updated: Digital and online interventions");
        await Assertions.Expect(entry).ToContainTextAsync("direction of effect Mixed, strength of evidence Low");
        await Assertions.Expect(entry).ToContainTextAsync($"Why: {Reason}");
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var axe = await AxeCheck.RunAsync(page, $"topic-changes-with-an-entry at {width}px");
            Assert.True(axe.Violations.Count == 0, string.Join("\n", axe.Violations));
            await BrowserFixture.ScreenshotAsync(page, $"topic-changes-{width}");
        }
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".nhsuk-header")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "topic-changes-print");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }
}
