using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>Files refused as a whole name the line to fix; readable files list their bad records as skipped, with
/// lines.</summary>
public class BadFileTests(ImportPortal fixture) : IClassFixture<ImportPortal>
{
    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(
        string name,
        byte[] content,
        string? format = null
    )
    {
        var response = await (await fixture.EditorAsync()).UploadAsync(name, content, format);
        return (response, await Html.ParseAsync(response));
    }

    /// <summary>Messages as a person reads them: the page collapses runs of spaces, as a browser does.</summary>
    private static List<string> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()).ToList();

    public static TheoryData<string, byte[], string> RefusedFiles =>
        new()
        {
            { "empty.ris", [], "The file is empty. Choose a file with references in it" },
            { "blank.ris", "\r\n   \n"u8.ToArray(), "The file is empty." },
            { "refs.docx", "TY  - JOUR\nER  - \n"u8.ToArray(), "The file must be a .ris, .txt or .csv file" },
            {
                "latin1.ris",
                [.. "TY  - JOUR\nTI  - Caf"u8, 0xE9, .. "\nER  - \n"u8],
                "Line 2 has characters that are not UTF-8 text. "
                    + "Save the file as UTF-8 (in Excel, \"CSV UTF-8\") and upload it again."
            },
            {
                "binary.csv",
                [.. "title,year\nA,1999\n"u8, 0, 1, 2],
                "Line 3 contains a null character: "
                    + "this looks like a binary file (such as a spreadsheet), not RIS or CSV text."
            },
            {
                "notes.txt",
                "Some notes\nthat are not RIS\n"u8.ToArray(),
                "No RIS records were found. Line 1 reads \"Some notes\". "
                    + "Each record starts with a TY line (such as \"TY - JOUR\") and ends with an ER line. "
                    + "If this is a spreadsheet, save it as CSV and choose CSV."
            },
            {
                "no-title.csv",
                "name,year\nA,1999\n"u8.ToArray(),
                "Line 1 should name the columns, and one of them must be the title (\"title\"). "
                    + "The columns found were: \"name\", \"year\"."
            },
            {
                "header-only.csv",
                "title,year\n"u8.ToArray(),
                "The file has a header row but no rows of references under it."
            },
        };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Post_Upload_RefusesTheFile_WithAMessageNamingTheProblem(
        string name,
        byte[] content,
        string message
    )
    {
        var (response, page) = await UploadAsync(name, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], Errors(page));
        Assert.Equal("#Input-File", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input-File"));
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task Post_Upload_RefusesAFileOver20MB_AndKeepsTheChosenFormat()
    {
        var content = new byte[(20 * 1024 * 1024) + 1];
        Array.Fill(content, (byte)'a');

        var (response, page) = await UploadAsync("huge.txt", content, format: "csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The file must be smaller than 20 MB. Split it into smaller files"], Errors(page));
        Assert.Equal("csv", page.Value("Input.Format"));
        await using var db = fixture.NewDbContext();
        Assert.False(await db.ImportBatches.AnyAsync(b => b.FileName == "huge.txt"));
    }

    [Fact]
    public async Task Post_Upload_ListsBadRisRecordsAsSkipped_WithTheirLines()
    {
        var editor = await fixture.EditorAsync();

        var (_, preview) = await editor.UploadForPreviewAsync(
            "bad-records.ris",
            ImportSteps.Fixture("bad-records.ris")
        );

        Assert.Equal(
            "1 would be added as drafts and 5 would be skipped.",
            preview.QuerySelector("#import-counts").Text()
        );
        Assert.Equal(
            [
                (
                    "5",
                    "Line 5 is outside any record: \"this line is neither a tag nor part of a record\". "
                        + "Each record starts with a TY line (such as \"TY - JOUR\") and ends with an ER line."
                ),
                (
                    "6 (record 2)",
                    "Line 8: the year \"nineteen ninety\" is not a year between 1900 and "
                        + (DateTime.UtcNow.Year + 1)
                        + ", like 1999."
                ),
                ("10 (record 3)", "Line 13: \"not-a-doi\" is not a DOI like 10.1192/bjp.174.3.219."),
                (
                    "15 (record 4)",
                    "Record 4 (line 15) has no ER line to end it before the next record starts on line 18."
                ),
                ("18 (record 5)", "Record 5 (line 18) has no ER line to end it: the file ends first."),
            ],
            preview.TableRows("Would be skipped").Select(r => (r.Line, r.Detail))
        );
    }

    [Fact]
    public async Task Post_Upload_ListsBadCsvRowsAsSkipped_WithTheirLines()
    {
        var editor = await fixture.EditorAsync();

        var (_, preview) = await editor.UploadForPreviewAsync("bad-rows.csv", ImportSteps.Fixture("bad-rows.csv"));

        Assert.Equal(
            "2 would be added as drafts and 3 would be skipped.",
            preview.QuerySelector("#import-counts").Text()
        );
        Assert.Equal(
            [
                (
                    "3 (record 2)",
                    "Row 2 (line 3) has 4 values but the header names 3 columns. "
                        + "Check for a missing or extra separator."
                ),
                (
                    "4 (record 3)",
                    "Line 4: the year \"20x0\" is not a year between 1900 and "
                        + (DateTime.UtcNow.Year + 1)
                        + ", like 1999."
                ),
                (
                    "6 (record 5)",
                    "Row 5 (line 6) opens a quote that is never closed, so lines 6 to 7 could not be read. "
                        + "Check the quotes on line 6."
                ),
            ],
            preview.TableRows("Would be skipped").Select(r => (r.Line, r.Detail))
        );
    }
}
