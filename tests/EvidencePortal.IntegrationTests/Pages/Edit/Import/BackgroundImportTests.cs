using AngleSharp.Html.Dom;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>
/// A large file imports in the background while its page shows progress; the test holds each chunk of drafts at
/// the <see cref="GatedPortal"/>'s gate.
/// </summary>
public class BackgroundImportTests : IDisposable
{
    private readonly GatedPortal portal = new();

    public void Dispose() => portal.Dispose();

    private static async Task<IHtmlDocument> PollAsync(HttpClient client, string url, Func<IHtmlDocument, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetOkPageAsync(url);
            if (done(page))
            {
                return page;
            }
            Assert.True(DateTime.UtcNow < until, $"Gave up waiting on {url}: {page.MainText()}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Post_Confirm_Imports2000ReferencesInTheBackground_ShowingProgress_OneImportAtATime()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var (bigId, bigPreview) = await editor.UploadForPreviewAsync("big.ris", GatedPortal.References(2000, "big"));
        var small = GatedPortal.References(3, "small");
        var (smallId, smallPreview) = await editor.UploadForPreviewAsync("small.ris", small);
        Assert.Equal(
            "2,000 would be added as drafts and 0 would be skipped.",
            bigPreview.QuerySelector("#import-counts").Text()
        );

        var confirmed = await editor.SubmitAsync(bigPreview, "form[action*='handler=Confirm']", []);
        var (_, running) = await editor.FollowAsync(confirmed);
        Assert.Equal("Imported 0 of 2,000", running.QuerySelector("#import-progress").Text());
        Assert.Equal("2", running.QuerySelector("head meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Contains("The import has started.", running.QuerySelector(".portal-notice").Text());
        var quiet = await editor.GetOkPageAsync($"/edit/import/{bigId}?refresh=off");
        Assert.Null(quiet.QuerySelector("meta[http-equiv='refresh']"));

        await editor.SubmitAsync(smallPreview, "form[action*='handler=Confirm']", []);
        var waiting = await editor.GetOkPageAsync($"/edit/import/{smallId}");
        Assert.Contains("Another import is running. This one starts when it has finished", waiting.MainText());
        Assert.Equal("Imported 0 of 3", waiting.QuerySelector("#import-progress").Text());

        portal.Gate.Release();
        var partWay = await PollAsync(editor, $"/edit/import/{bigId}", p =>
            p.QuerySelector("#import-progress").Text() != "Imported 0 of 2,000"
        );
        Assert.Equal("Imported 100 of 2,000", partWay.QuerySelector("#import-progress").Text());
        Assert.Contains("So far 100 added as drafts and 0 skipped.", partWay.MainText());
        Assert.NotNull(partWay.QuerySelector("meta[http-equiv='refresh']"));
        Assert.Equal(ImportStatus.Running, (await portal.BatchAsync(bigId)).Status);

        portal.Gate.Release(1000);
        var report = await editor.WaitUntilFinishedAsync(bigId);
        Assert.Equal("2,000 added as drafts and 0 skipped.", report.QuerySelector("#import-result").Text());
        Assert.Null(report.QuerySelector("meta[http-equiv='refresh']"));
        Assert.Contains("Added as drafts (2000), the first 500 shown", report.MainText());
        await editor.WaitUntilFinishedAsync(smallId);

        var big = await portal.BatchAsync(bigId);
        Assert.Equal(
            (ImportStatus.Completed, 2000, 2000, 2000, 0),
            (big.Status, big.Total, big.Processed, big.Added, big.Skipped)
        );
        Assert.Equal(ImportStatus.Completed, (await portal.BatchAsync(smallId)).Status);
        await using var db = portal.NewDbContext();
        var imported = db.Studies.Where(s => s.Title.StartsWith("Test study big "));
        Assert.Equal(2000, await imported.CountAsync(s => s.Status == PublicationStatus.Draft));
        Assert.Equal(
            2000,
            await db.Revisions.CountAsync(r =>
                r.Action == RevisionAction.Created && imported.Select(s => s.Id).Contains(r.EntityId)
            )
        );
        Assert.Equal(
            2003,
            await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Imported && e.EntityType == "Study")
        );
        Assert.Equal(2000, await imported.Select(s => s.Slug).Distinct().CountAsync());
    }
}
