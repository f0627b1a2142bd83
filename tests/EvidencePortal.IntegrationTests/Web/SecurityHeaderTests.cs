using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Web;

[Collection(PortalCollection.Name)]
public class SecurityHeaderTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/studies/no-such-study")]
    [InlineData("/studies?yearFrom=abc")]
    public async Task EveryResponse_CarriesAStrictCspAndNoServerBanner(string url)
    {
        var response = await client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Fact]
    public async Task CachedPages_CarryOnlyTheOneStylesheetTheCspHashes_AndNoInlineScriptOrStyleAttribute()
    {
        foreach (var url in new[] { "/", "/reviews/social-networks", "/topics/befriending", "/studies", "/studies/priebe-2019-volume-befriending-rct", "/about/ratings", "/search?q=befriending" })
        {
            // The first answer is rendered, the second replayed by the output cache: both must carry the hash.
            foreach (var round in new[] { "rendered", "from the cache" })
            {
                var (page, styleSources) = await GetAsync(client, url);

                var style = Assert.Single(page.QuerySelectorAll("style"));
                Assert.Same(page.Head, style.ParentElement);
                var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style.TextContent)));
                Assert.True(styleSources.SequenceEqual(["'self'", $"'sha256-{hash}'"]), $"{url} ({round}): style-src {string.Join(' ', styleSources)}");
                Assert.Contains(".nhsuk-header", style.TextContent);
                Assert.Contains(".portal-", style.TextContent);
                Assert.Empty(page.QuerySelectorAll("link[rel=stylesheet]"));
                Assert.Empty(page.QuerySelectorAll("[style]"));
                Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            }
        }
    }

    /// <summary>Each cached page is sent the rules its markup can use (Web/StyleRules.cs), not the whole stylesheets.</summary>
    [Fact]
    public async Task CachedPages_CarryOnlyTheRulesTheirMarkupCanUse()
    {
        var whole = 0;
        foreach (var file in new[] { "/lib/nhsuk-frontend/nhsuk-frontend.min.css", "/css/portal.css" })
        {
            whole += (await client.GetStringAsync(file)).Length;
        }
        var topic = (await GetAsync(client, "/topics/befriending")).Page.QuerySelector("style")!.TextContent;
        var ratings = (await GetAsync(client, "/about/ratings")).Page.QuerySelector("style")!.TextContent;

        Assert.True(topic.Length < whole * 0.7, $"the topic page carries {topic.Length:N0} of {whole:N0} characters");
        Assert.Contains(".nhsuk-breadcrumb", topic); // on the topic page
        Assert.DoesNotContain(".nhsuk-error-summary", topic); // on no page without an error
        Assert.NotEqual(topic, ratings);
    }

    [Fact]
    public async Task PagesRenderedForOneRequest_LinkTheTwoWholeStylesheets_AndTheirCspAllowsNoInlineStyle()
    {
        var editor = await EditorSession.SignInAsync(portal);

        foreach (var (who, url) in new[] { (client, "/no-such-page"), (client, "/account/login"), (editor.Client, "/edit/studies/new"), (editor.Client, "/topics/befriending") })
        {
            var (page, styleSources) = await GetAsync(who, url);

            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Equal(["'self'"], styleSources);
            var linked = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Collection(linked,
                href => Assert.StartsWith("/lib/nhsuk-frontend/nhsuk-frontend.min.", href, StringComparison.Ordinal),
                href => Assert.StartsWith("/css/portal.", href, StringComparison.Ordinal));
            // Fingerprinted addresses (a content hash in the name), the favicon too: published, they are sent as
            // immutable, so a browser keeps them for a year and fetches a new release at once. (From build output,
            // as here, ASP.NET serves them with no-cache so that edits show; the address is what matters.)
            foreach (var href in linked.Append(page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!))
            {
                Assert.Matches(@"^/[\w/.-]+\.[a-z0-9]{10}\.(css|ico)$", href);
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
            }
        }
    }

    private static async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, string[] StyleSources)> GetAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var styleSources = response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("style-src ", StringComparison.Ordinal)).Split(' ')[1..];
        return (page, styleSources);
    }
}
