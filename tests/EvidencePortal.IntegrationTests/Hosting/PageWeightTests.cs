using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Parser;
using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The product's budget for what a page needs before it can be read: its HTML and the stylesheets and scripts it
/// loads, as sent (Brotli), at most 100 KB; JavaScript at most 10 KB, and none at all on public pages, which are
/// read and printed without it. Measured in bytes as a browser on a slow NHS connection would download them.
/// Every page links the same two stylesheets and carries no inline style.
/// </summary>
[Collection(PortalCollection.Name)]
public class PageWeightTests(PortalFactory portal)
{
    private const int CriticalPathBudget = 100 * 1024;
    private const int JavaScriptBudget = 10 * 1024;

    [Theory]
    [InlineData("/")]
    [InlineData("/reviews/social-networks")]
    [InlineData("/reviews/social-networks/print")]
    [InlineData("/topics/befriending")]
    [InlineData("/studies")]
    [InlineData("/studies/priebe-2019-volume-befriending-rct")]
    [InlineData("/map")]
    [InlineData("/search?q=befriending")]
    [InlineData("/about/ratings")]
    public async Task PublicPage_CriticalPath_FitsTheBudget_WithNoJavaScript(string url)
    {
        var weight = await CriticalPathAsync(portal.CreateClient(), url);

        Assert.True(weight.Total <= CriticalPathBudget, weight.Describe(url));
        Assert.Equal(0, weight.ScriptCount);
        Assert.Equal(2, weight.StylesheetCount);
        Assert.Equal(0, weight.InlineStyleCharacters);
    }

    [Fact]
    public async Task EditorPage_CriticalPath_FitsTheBudget_AndItsJavaScriptIsUnder10KB()
    {
        var session = await EditorSession.SignInAsync(portal);

        var weight = await CriticalPathAsync(session.Client, "/edit/studies/new");

        Assert.True(weight.Total <= CriticalPathBudget, weight.Describe("/edit/studies/new"));
        Assert.Equal(1, weight.ScriptCount);
        Assert.Equal(2, weight.StylesheetCount);
        Assert.Equal(0, weight.InlineStyleCharacters);
        Assert.True(weight.ScriptBytesUncompressed <= JavaScriptBudget, weight.Describe("/edit/studies/new"));
    }

    private sealed record Weight(
        int Html,
        int InlineStyleCharacters,
        int Stylesheets,
        int StylesheetCount,
        int Scripts,
        int ScriptCount,
        int ScriptBytesUncompressed
    )
    {
        public int Total => Html + Stylesheets + Scripts;

        public string Describe(string url) =>
            $"{url}: {Total:N0} bytes = HTML {Html:N0} (with {InlineStyleCharacters:N0} characters of inline style)"
            + $" + {StylesheetCount} stylesheets {Stylesheets:N0} + {ScriptCount} scripts {Scripts:N0}"
            + $" ({ScriptBytesUncompressed:N0} uncompressed)";
    }

    private static async Task<Weight> CriticalPathAsync(HttpClient client, string url)
    {
        var (htmlBody, html) = await GetBrotliAsync(client, url);
        var page = new HtmlParser().ParseDocument(html);
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        var stylesheetBytes = 0;
        foreach (var href in stylesheets)
        {
            stylesheetBytes += (await GetBrotliAsync(client, href)).Body.Length;
        }
        int scriptBytes = 0, scriptUncompressed = 0;
        foreach (var src in scripts)
        {
            var (body, text) = await GetBrotliAsync(client, src);
            scriptBytes += body.Length;
            scriptUncompressed += System.Text.Encoding.UTF8.GetByteCount(text);
        }
        var inlineStyle = page.QuerySelectorAll("style").Sum(s => s.TextContent.Length);
        return new Weight(
            htmlBody.Length,
            inlineStyle,
            stylesheetBytes,
            stylesheets.Count,
            scriptBytes,
            scripts.Count,
            scriptUncompressed
        );
    }

    private static async Task<(byte[] Body, string Text)> GetBrotliAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var body = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        return (body, await new StreamReader(brotli).ReadToEndAsync());
    }
}
