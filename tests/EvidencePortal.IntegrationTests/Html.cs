using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EvidencePortal.IntegrationTests;

/// <summary>Fetch a page and parse it as a browser would, so tests assert on what people see.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(
        this HttpClient client,
        string url
    )
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)
            await Context.OpenAsync(req => req.Content(html).Address("http://localhost" + url));
        return (response, document);
    }

    /// <summary>
    /// Every script on the page except the portal's own session warning (a file, loaded on signed-in pages):
    /// what typed or imported text must never become.
    /// </summary>
    public static IReadOnlyList<IElement> ForeignScripts(this IParentNode page) =>
        [
            .. page.QuerySelectorAll("script")
                .Where(script =>
                    script.GetAttribute("src")?.StartsWith("/js/session.", StringComparison.Ordinal) != true
                    || script.TextContent.Length > 0
                ),
        ];

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)
            await Context.OpenAsync(req => req.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IHtmlDocument> GetOkPageAsync(this HttpClient client, string url)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return document;
    }

    public static string Text(this IElement? element) =>
        element is null
            ? ""
            : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string MainText(this IDocument document) => document.QuerySelector("main").Text();
}
