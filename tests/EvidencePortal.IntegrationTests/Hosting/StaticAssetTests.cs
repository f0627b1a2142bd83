using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The stylesheets, favicon and script are served by MapStaticAssets under fingerprinted addresses, which browsers
/// may keep for a year; a new release changes the address. Run from build output, as here, ASP.NET sends every file
/// with no-cache so that edits show at once; EnableStaticAssetsDevelopmentCaching gives the headers a published
/// portal sends.
/// </summary>
public sealed class StaticAssetTests : IDisposable
{
    private readonly PortalFactory portal = new PortalFactory().With("EnableStaticAssetsDevelopmentCaching", "true");

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task StaticAssets_AreSentImmutable_UnderTheirFingerprintedAddress()
    {
        var client = portal.CreateClient();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var addresses = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]")
            .Select(l => l.GetAttribute("href")!)
            .ToList();

        Assert.Equal(3, addresses.Count);
        foreach (var address in addresses)
        {
            var response = await client.GetAsync(address);

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.True(
                response.Headers.CacheControl is { MaxAge.TotalDays: >= 365 } cache
                    && cache.Extensions.Any(e => e.Name == "immutable"),
                $"{address}: Cache-Control {response.Headers.CacheControl}"
            );
        }
        // The plain address still answers (a bookmark, an old page), but must be checked again each time.
        Assert.True(
            (await client.GetAsync("/css/portal.css")).Headers.CacheControl?.NoCache,
            "/css/portal.css is sent no-cache"
        );
    }
}
