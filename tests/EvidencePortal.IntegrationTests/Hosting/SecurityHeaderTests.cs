using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

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
    public async Task EveryPage_LinksTheTwoFingerprintedStylesheets_AndItsCspAllowsNoInlineScriptOrStyle()
    {
        var editor = await EditorSession.SignInAsync(portal);
        var cachedPages = new[]
        {
            "/",
            "/reviews/social-networks",
            "/topics/befriending",
            "/studies",
            "/studies/priebe-2019-volume-befriending-rct",
            "/about/ratings",
            "/search?q=befriending",
        };
        var pagesForOneRequest = new[]
        {
            (client, "/no-such-page"),
            (client, "/account/login"),
            (editor.Client, "/edit/studies/new"),
            (editor.Client, "/topics/befriending"),
        };

        // A cached page's first answer is rendered, the second replayed by the output cache: both are checked.
        foreach (
            var (who, url) in cachedPages
                .SelectMany(url => new[] { (client, url), (client, url) })
                .Concat(pagesForOneRequest)
        )
        {
            var (page, styleSources) = await GetAsync(who, url);

            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.True(styleSources.SequenceEqual(["'self'"]), $"{url}: style-src {string.Join(' ', styleSources)}");
            var linked = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Collection(linked,
                href => Assert.StartsWith("/lib/nhsuk-frontend/nhsuk-frontend.min.", href, StringComparison.Ordinal),
                href => Assert.StartsWith("/css/portal.", href, StringComparison.Ordinal));
            // Fingerprinted addresses (a content hash in the name), the favicon too: a browser may keep them for a year
            // and fetches a new release at once (StaticAssets_AreSentImmutable_UnderTheirFingerprintedAddress).
            foreach (var href in linked.Append(page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!))
            {
                Assert.Matches(@"^/[\w/.-]+\.[a-z0-9]{10}\.(css|ico)$", href);
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
            }
            Assert.Contains(".nhsuk-header", await client.GetStringAsync(linked[0]));
            Assert.Contains(".portal-", await client.GetStringAsync(linked[1]));
        }
    }

    private static async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, string[] StyleSources)> GetAsync(
        HttpClient http,
        string url
    )
    {
        var response = await http.GetAsync(url);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var styleSources = response
            .Headers.GetValues("Content-Security-Policy")
            .Single()
            .Split(';')
            .Select(d => d.Trim())
            .Single(d => d.StartsWith("style-src ", StringComparison.Ordinal))
            .Split(' ')[1..];
        return (page, styleSources);
    }
}
