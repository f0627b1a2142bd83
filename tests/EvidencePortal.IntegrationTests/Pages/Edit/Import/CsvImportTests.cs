using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

public class CsvImportTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Post_Upload_PreviewsThreeNewAndThreeSkipped_AndConfirmImportsThreeDrafts_KeepingFormulasAsText()
    {
        var editor = await EditorTestClient.SignInAsync(portal);

        var (id, preview) = await editor.UploadForPreviewAsync(
            "three-new-three-skipped.csv",
            ImportSteps.Fixture("three-new-three-skipped.csv")
        );

        Assert.Equal(
            "3 would be added as drafts and 3 would be skipped.",
            preview.QuerySelector("#import-counts").Text()
        );
        Assert.Equal(
            ["3 (record 2)", "4 (record 3)", "5 (record 4)"],
            preview.TableRows("Would be skipped").Select(r => r.Line)
        );
        Assert.Contains("These columns are not used: Notes.", preview.MainText());
        Assert.Equal(
            [
                "Test study CSV 1: allotment groups, and what members said",
                "Test study CSV 2: a walking group over two lines",
                "=SUM(1,2) Test study CSV 3",
            ],
            preview.TableRows("Would be added").Select(r => r.Title)
        );

        var report = await editor.ConfirmAndWaitAsync(preview, id);

        Assert.Equal("3 added as drafts and 3 skipped.", report.QuerySelector("#import-result").Text());
        await using var db = portal.NewDbContext();
        var drafts = await db
            .Studies.AsNoTracking()
            .Where(s => s.Title.Contains("Test study CSV"))
            .OrderBy(s => s.Id)
            .ToListAsync();
        Assert.Equal(3, drafts.Count);
        Assert.All(drafts, s => Assert.Equal(PublicationStatus.Draft, s.Status));

        var first = drafts[0];
        Assert.Equal("Testauthor A, Sample B", first.Authors);
        Assert.Equal("7(2):12-19", first.VolumeIssuePages);
        Assert.Equal("10.5555/csv.1", first.Doi);
        Assert.Equal(("Qualitative interviews", DesignCategory.Qualitative), (first.Design, first.DesignCategory));
        Assert.Equal(
            ("England", "12", "Adults using a test service"),
            (first.Country, first.SampleSize, first.Population)
        );

        Assert.Equal("Test study CSV 2: a walking group over two lines", drafts[1].Title);
        Assert.Equal(DesignCategory.OtherReview, drafts[1].DesignCategory);
        Assert.StartsWith("Imported from three-new-three-skipped.csv on ", drafts[1].AuthorsNote);

        var formula = drafts[2];
        Assert.Equal("=SUM(1,2) Test study CSV 3", formula.Title);
        Assert.Equal("=cmd|' /C calc'!A0", formula.Country);
        Assert.Equal(DesignCategory.Rct, formula.DesignCategory);
        Assert.Equal("testauthor-2023-sum-1-2-test-study-csv-3", formula.Slug);
        Assert.Equal(
            3,
            await db.Revisions.CountAsync(r =>
                r.EntityType == "Study"
                && drafts.Select(d => d.Id).Contains(r.EntityId)
                && r.Action == RevisionAction.Created
            )
        );
        Assert.Equal(
            3,
            await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Imported && e.EntityType == "Study")
        );

        var editPage = await editor.GetOkPageAsync($"/edit/studies/{formula.Id}");
        Assert.Equal("=SUM(1,2) Test study CSV 3", editPage.Value("Input.Title"));
        Assert.DoesNotContain("Test study CSV", (await portal.CreateClient().GetOkPageAsync("/studies")).MainText());
    }
}
