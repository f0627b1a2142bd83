using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.About;

/// <summary>/about/ratings: how a topic's headline rating is worked out, so a practitioner can check one.</summary>
[Collection(PortalCollection.Name)]
public class RatingsPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Ratings_GivesTheRuleStepByStep_AndWhatEachRatingMeans()
    {
        var page = await client.GetOkPageAsync("/about/ratings");

        Assert.Equal("How headline ratings are worked out", page.QuerySelector("main h1").Text());
        Assert.Equal("The rule", page.QuerySelector("main h2").Text());
        var steps = page.QuerySelectorAll("main ol > li > strong").Select(s => s.Text()).ToList();
        Assert.Equal(
            [
                "Social outcomes only.",
                "One vote per study.",
                "Controlled studies first.",
                "Direction.",
                "Strength.",
                "Editors' overrides.",
            ],
            steps
        );
        var meanings = page.QuerySelectorAll("main .portal-legend dt").Select(dt => dt.Text()).ToList();
        Assert.Equal(
            ["Positive", "Mixed", "No effect", "Negative", "Inconclusive", "High, moderate, low, insufficient"],
            meanings
        );
    }
}
