using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

public class InterruptedImportTests
{
    [Fact]
    public async Task Startup_MarksABatchLeftRunningAsFailed_SoItsPageNeverHangs()
    {
        using var first = new PortalFactory();
        var editor = await EditorTestClient.SignInAsync(first, email: "restart@example.org");
        var (id, _) = await editor.UploadForPreviewAsync(
            "cut-off.ris",
            ImportSteps.Fixture("three-new-three-skipped.ris")
        );
        await using (var db = first.NewDbContext())
        {
            // What a crash mid-import leaves behind: Running, part-way, with nobody working on it.
            var batch = await db.ImportBatches.FindAsync(id);
            (batch!.Status, batch.Processed) = (ImportStatus.Running, 2);
            await db.SaveChangesAsync();
        }

        using var restarted = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={first.DatabasePath}");
        var again = await EditorTestClient.SignInAsync(restarted);
        var afterRestart = await restarted.BatchAsync(id);
        var page = await editor.GetOkPageAsync($"/edit/import/{id}");

        Assert.Equal(ImportStatus.Failed, afterRestart.Status);
        Assert.Equal(ImportWorker.Interrupted, afterRestart.Error);
        Assert.NotNull(afterRestart.CompletedAt);
        Assert.Equal("The import stopped part-way", page.QuerySelector("h1").Text());
        Assert.Contains(ImportWorker.Interrupted, page.MainText());
        Assert.Null(page.QuerySelector("meta[http-equiv='refresh']"));
        Assert.NotNull(again);
    }
}
