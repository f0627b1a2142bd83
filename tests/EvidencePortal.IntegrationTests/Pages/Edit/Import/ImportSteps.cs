using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>The steps of an import as an editor takes them: upload the real form, read the preview, confirm,
/// wait.</summary>
public static partial class ImportSteps
{
    public const string UploadForm = "form[enctype='multipart/form-data']";

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", name));

    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient editor,
        string fileName,
        byte[] content,
        string? format = null
    )
    {
        var form = await editor.GetOkPageAsync("/edit/import");
        return await editor.SubmitFileAsync(form, UploadForm, "Input.File", fileName, content,
            format is null ? null : new() { ["Input.Format"] = format });
    }

    /// <summary>Uploads a file that must be accepted, and returns its batch id and preview page.</summary>
    public static async Task<(int Id, IHtmlDocument Preview)> UploadForPreviewAsync(
        this HttpClient editor,
        string fileName,
        byte[] content
    )
    {
        var response = await editor.UploadAsync(fileName, content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Html.ParseAsync(response);
            Assert.Fail(
                $"Upload answered {(int)response.StatusCode}: {page.QuerySelector(".nhsuk-error-summary").Text()}"
            );
        }
        var location = response.Headers.Location!.OriginalString;
        var id = int.Parse(BatchId().Match(location).Groups[1].Value);
        return (id, await editor.GetOkPageAsync(location));
    }

    /// <summary>Confirms from the preview page and waits until the background import has finished.</summary>
    public static async Task<IHtmlDocument> ConfirmAndWaitAsync(this HttpClient editor, IHtmlDocument preview, int id)
    {
        var confirmed = await editor.SubmitAsync(preview, "form[action*='handler=Confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return await editor.WaitUntilFinishedAsync(id);
    }

    public static async Task<IHtmlDocument> WaitUntilFinishedAsync(
        this HttpClient editor,
        int id,
        TimeSpan? timeout = null
    )
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var page = await editor.GetOkPageAsync($"/edit/import/{id}?refresh=off");
            if (page.QuerySelector("#import-progress") is null)
            {
                return page;
            }
            Assert.True(
                DateTime.UtcNow < until,
                $"Import {id} still running: {page.QuerySelector("#import-progress").Text()}"
            );
            await Task.Delay(50);
        }
    }

    /// <summary>The rows of the table whose caption starts with <paramref name="caption"/>: line, title and detail
    /// cells as text.</summary>
    public static List<(string Line, string Title, string Detail)> TableRows(this IHtmlDocument page, string caption) =>
        page.QuerySelectorAll("table")
            .Where(t => t.QuerySelector("caption").Text().StartsWith(caption, StringComparison.Ordinal))
            .SelectMany(t => t.QuerySelectorAll("tbody tr"))
            .Select(r => r.QuerySelectorAll("td").Select(c => c.Text()).ToList())
            .Select(c => (c[0], c[1], c[2])).ToList();

    public static async Task<ImportBatch> BatchAsync(this PortalFactory portal, int id)
    {
        await using var db = portal.NewDbContext();
        return await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    [GeneratedRegex(@"/edit/import/(\d+)$")]
    private static partial Regex BatchId();
}
