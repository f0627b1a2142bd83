using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

public class RisImportTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Post_Upload_PreviewsThreeNewAndThreeSkipped_AndConfirmImportsThreeDrafts()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        await using var before = portal.NewDbContext();
        var studiesBefore = await before.Studies.CountAsync();

        var (id, preview) = await editor.UploadForPreviewAsync(
            "three-new-three-skipped.ris",
            ImportSteps.Fixture("three-new-three-skipped.ris")
        );

        Assert.Equal(
            "3 would be added as drafts and 3 would be skipped.",
            preview.QuerySelector("#import-counts").Text()
        );
        var skipped = preview.TableRows("Would be skipped");
        Assert.Equal(["21 (record 2)", "28 (record 3)", "34 (record 4)"], skipped.Select(r => r.Line));
        Assert.StartsWith("Already in the portal with the same DOI", skipped[0].Detail);
        Assert.StartsWith("Already in the portal with the same title and year", skipped[1].Detail);
        Assert.Equal("Record 4 (line 34) has no title.", skipped[2].Detail);
        var added = preview.TableRows("Would be added");
        Assert.Equal(
            [
                "Test study 1: a befriending scheme for people who feel isolated",
                "Test study 2: peer support groups in a test town",
                "Test study 3: online groups and loneliness",
            ],
            added.Select(r => r.Title)
        );
        Assert.Equal(
            "Import 3 studies as drafts",
            preview.QuerySelector("form[action*='handler=Confirm'] button").Text()
        );
        Assert.Equal(ImportStatus.Previewed, (await portal.BatchAsync(id)).Status);

        var report = await editor.ConfirmAndWaitAsync(preview, id);

        Assert.Equal("3 added as drafts and 3 skipped.", report.QuerySelector("#import-result").Text());
        var batch = await portal.BatchAsync(id);
        Assert.Equal(
            (ImportStatus.Completed, 6, 6, 3, 3),
            (batch.Status, batch.Total, batch.Processed, batch.Added, batch.Skipped)
        );
        await using var db = portal.NewDbContext();
        Assert.Equal(studiesBefore + 3, await db.Studies.CountAsync());
        var drafts = await db
            .Studies.AsNoTracking()
            .Where(s => s.Title.StartsWith("Test study"))
            .OrderBy(s => s.Title)
            .ToListAsync();
        Assert.All(drafts, s => Assert.Equal(PublicationStatus.Draft, s.Status));
        Assert.All(drafts, s => Assert.Null(s.LastReviewedOn));
        Assert.All(drafts, s => Assert.Empty(s.Findings));

        var first = drafts[0];
        Assert.Equal("Testauthor Alice, Sample B. C.", first.Authors);
        Assert.Null(first.AuthorsNote);
        Assert.Equal(2021, first.Year);
        Assert.Equal("Journal of Test Studies", first.Journal);
        Assert.Equal("12(3):101-110", first.VolumeIssuePages);
        Assert.Equal("10.5555/test.study.1", first.Doi);
        Assert.Equal(["https://example.org/test-study-1"], first.SourceUrls);
        Assert.Equal("testauthor-2021-test-study-1-a-befriending", first.Slug);
        Assert.Equal(DesignCategory.OtherReview, first.DesignCategory);

        var second = drafts[1];
        Assert.Null(second.Authors);
        Assert.StartsWith("Imported from three-new-three-skipped.ris on ", second.AuthorsNote);
        Assert.EndsWith("; not yet checked against the source", second.AuthorsNote);
        Assert.Equal("Test Trust Reports", second.Journal);
        Assert.Equal(2019, second.Year);
        Assert.Equal(
            ["https://example.org/test-study-2", "https://example.org/test-study-2-appendix"],
            second.SourceUrls
        );
        Assert.Equal("study-2019-test-study-2-peer-support", second.Slug);

        Assert.Equal("Testauthor Carol, Otherauthor D.", drafts[2].Authors);
        Assert.Equal("4:55-60", drafts[2].VolumeIssuePages);

        foreach (var draft in drafts)
        {
            var revision = await db.Revisions.SingleAsync(r => r.EntityType == "Study" && r.EntityId == draft.Id);
            Assert.Equal((1, RevisionAction.Created), (revision.Number, revision.Action));
            Assert.Contains(draft.Title, revision.SnapshotJson);
            Assert.NotEqual("system", revision.UserName);
            Assert.NotNull(revision.UserId);
            var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Study" && e.EntityId == draft.Id);
            Assert.Equal(AuditAction.Imported, audit.Action);
            Assert.Equal(revision.UserName, audit.UserName);
        }

        var summary = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.Imported && e.EntityType == null);
        Assert.Equal(
            $"Imported 3 studies as drafts from three-new-three-skipped.ris (import {id}; 3 skipped)",
            summary.Summary
        );
        var reportLinks = report
            .QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption").Text().StartsWith("Added as drafts", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr a")
            .Select(a => a.GetAttribute("href"))
            .Order();
        Assert.Equal(drafts.Select(d => $"/edit/studies/{d.Id}").Order(), reportLinks);
        var anonymous = portal.CreateClient();
        Assert.DoesNotContain("Test study", (await anonymous.GetOkPageAsync("/studies")).MainText());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/studies/{first.Slug}")).StatusCode);
        var editorsStart = await editor.GetOkPageAsync("/edit");
        Assert.Contains("Test study 3: online groups and loneliness", editorsStart.MainText());
    }

    [Fact]
    public async Task Post_Confirm_ImportsNothingTwice_WhenConfirmedAgainOrImportedAgain()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var file = ImportSteps.Fixture("three-new-three-skipped.ris");
        var (id, preview) = await editor.UploadForPreviewAsync("refs.ris", file);
        await editor.ConfirmAndWaitAsync(preview, id);
        await using var db = portal.NewDbContext();
        var count = await db.Studies.CountAsync();

        var again = await editor.SubmitAsync(preview, "form[action*='handler=Confirm']", []);
        var (_, page) = await editor.FollowAsync(again);

        Assert.Contains(
            "This file has already been imported. Nothing was imported twice.",
            page.QuerySelector(".portal-notice").Text()
        );
        Assert.Equal(count, await db.Studies.CountAsync());

        var (secondId, secondPreview) = await editor.UploadForPreviewAsync("refs-again.ris", file);
        Assert.Equal(
            "0 would be added as drafts and 6 would be skipped.",
            secondPreview.QuerySelector("#import-counts").Text()
        );
        Assert.Null(secondPreview.QuerySelector("form[action*='handler=Confirm']"));
        Assert.Equal(
            ["5 skipped: already in the portal", "1 skipped: no title"],
            secondPreview.QuerySelectorAll("ul[aria-labelledby='import-counts'] li").Select(li => li.Text())
        );
        var cancelled = await editor.SubmitAsync(secondPreview, "form[action*='handler=Cancel']", []);
        Assert.Equal("/edit/import", cancelled.Headers.Location!.OriginalString);
        Assert.Equal(ImportStatus.Cancelled, (await portal.BatchAsync(secondId)).Status);
        Assert.Equal(count, await db.Studies.CountAsync());
    }
}
