using System.Text;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>Files written to break things (script in every field, a megabyte line, odd Unicode) import as text that
/// no page runs, cut to what the portal keeps.</summary>
public class HostileFileTests(ImportPortal fixture) : IClassFixture<ImportPortal>
{
    [Fact]
    public async Task Post_Upload_StoresScriptAsText_AndNoPageRunsIt()
    {
        var editor = await fixture.EditorAsync();

        var (id, preview) = await editor.UploadForPreviewAsync(
            "script.ris",
            ImportSteps.Fixture("script-in-every-field.ris")
        );

        Assert.Empty(preview.ForeignScripts());
        Assert.Contains("<script>alert('x')</script> Test study with script in every field", preview.MainText());
        var report = await editor.ConfirmAndWaitAsync(preview, id);
        Assert.Empty(report.ForeignScripts());
        await using var db = fixture.NewDbContext();
        var study = await db.Studies.SingleAsync(s => s.Title.EndsWith("Test study with script in every field"));
        Assert.Equal("<script>alert('x')</script> Test study with script in every field", study.Title);
        Assert.Equal("<script>alert('x')</script>", study.Authors);
        Assert.Equal(
            "<script>alert('x')</script>(<script>alert('x')</script>):<script>alert('x')</script>",
            study.VolumeIssuePages
        );
        Assert.Equal(["https://example.org/?q=<script>alert(1)</script>"], study.SourceUrls);
        foreach (var url in new[] { $"/edit/studies/{study.Id}", $"/edit/studies/{study.Id}/preview", "/edit" })
        {
            Assert.Empty((await editor.GetOkPageAsync(url)).ForeignScripts());
        }
    }

    [Fact]
    public async Task Post_Upload_CopesWithAMegabyteLineAndOddUnicode()
    {
        var editor = await fixture.EditorAsync();
        var longTitle = new string('x', 1024 * 1024);
        var text = $"{new string('y', 1024 * 1024)}\nTY  - JOUR\nTI  - {longTitle}\nPY  - 2020\nER  - \n"
            + "TY  - JOUR\nAU  - Gonz\u00E1lez, M\u0301\u200B\n"
            + "TI  - Test study \u202Eevil\u202C \u00E9t\u00E9 \U0001F600 caf\u0065\u0301\nPY  - 2020\nER  - \n";

        var (id, preview) = await editor.UploadForPreviewAsync("odd.ris", Encoding.UTF8.GetBytes(text));

        var skipped = preview.TableRows("Would be skipped");
        Assert.StartsWith("Line 1 is outside any record: \"yyyy", skipped[0].Detail);
        Assert.True(skipped[0].Detail.Length < 300);
        Assert.Equal(
            "Record 1 (line 2): the title is longer than the 1,000 characters the portal keeps.",
            skipped[1].Detail
        );
        await editor.ConfirmAndWaitAsync(preview, id);
        await using var db = fixture.NewDbContext();
        var study = await db.Studies.SingleAsync(s => s.Title.StartsWith("Test study evil"));
        Assert.Equal("Test study evil \u00E9t\u00E9 \U0001F600 caf\u0065\u0301", study.Title);
        Assert.Equal("Gonz\u00E1lez M\u0301", study.Authors);
    }
}
