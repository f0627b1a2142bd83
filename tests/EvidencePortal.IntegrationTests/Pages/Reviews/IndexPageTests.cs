using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Reviews;

/// <summary>/reviews: every published review, with who wrote it and its key message.</summary>
[Collection(PortalCollection.Name)]
public class IndexPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Reviews_ListsTheReview()
    {
        var page = await client.GetOkPageAsync("/reviews");

        Assert.Equal("Reviews", page.QuerySelector("main h1").Text());
        var review = Assert.Single(page.QuerySelectorAll("main .portal-result"));
        Assert.Equal("/reviews/social-networks", review.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.StartsWith("What works to improve social networks", review.QuerySelector("h2").Text());
        Assert.Contains("Harflett", review.QuerySelector(".portal-result__meta").Text());
    }
}
