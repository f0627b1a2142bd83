using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Reviews;

/// <summary>/reviews/{slug}/print: the whole review for A4, a contents list and then each topic.</summary>
[Collection(PortalCollection.Name)]
public class PrintPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Print_PutsContentsFirst_ThenEveryTopicWithItsRating_ThenTheReferences()
    {
        var page = await client.GetOkPageAsync("/reviews/social-networks/print");

        Assert.Equal("Print pack: Social networks and social isolation – EvidencePortal", page.Title);
        Assert.StartsWith("What works to improve social networks", page.QuerySelector("main h1").Text());
        var contents = page.QuerySelectorAll(".portal-pack-contents li a").Select(a => a.GetAttribute("href")).ToList();
        var topics = page.QuerySelectorAll("section.portal-pack-topic").ToList();
        Assert.Equal(6, topics.Count);
        Assert.Equal(
            ["#key-findings", .. topics.Select(t => "#" + t.QuerySelector("h2")!.Id), "#references-heading"],
            contents
        );
        Assert.All(topics, topic =>
            Assert.Equal(
                ["Direction of effect", "Strength of evidence"],
                topic.QuerySelectorAll(".portal-rating-panel dt").Select(dt => dt.Text())
            )
        );
        Assert.Equal(40, page.QuerySelectorAll(".portal-reference-list > li").Length);
    }

    [Fact]
    public async Task Get_Print_WritesEachTopicsOnlineAddress_ForAReaderOfThePaperCopy()
    {
        var page = await client.GetOkPageAsync("/reviews/social-networks/print");

        Assert.Contains("Online: http://localhost/topics/befriending", page.MainText());
    }

    [Fact]
    public async Task Get_Print_SaysAsTheReviewPageDoesThatTheStudiesHeldAreNotTheReviewsOwnTable()
    {
        var pack = await client.GetOkPageAsync("/reviews/social-networks/print");
        var review = await client.GetOkPageAsync("/reviews/social-networks");

        var statement = pack.QuerySelector("main .portal-studies-held").Text();
        Assert.Contains("not the 24 studies tabled in the original review", statement);
        Assert.Contains("studies on the same topics", statement);
        Assert.Equal(review.QuerySelector("main .portal-studies-held").Text(), statement);
    }

    [Fact]
    public async Task Get_Print_Answers404_ForAnUnknownReview()
    {
        var (response, page) = await client.GetPageAsync("/reviews/supported-housing/print");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
    }
}
