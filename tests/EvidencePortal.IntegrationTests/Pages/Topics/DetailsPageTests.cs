using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

[Collection(PortalCollection.Name)]
public class DetailsPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Theory]
    [InlineData("befriending", "Mixed", "Low")]
    [InlineData("peer-support", "Inconclusive", "Insufficient")]
    [InlineData("activity-based", "Positive", "Low")]
    [InlineData("staff-facilitated", "Mixed", "Low")]
    [InlineData("group-social-skills", "Positive", "Moderate")]
    [InlineData("digital", "Inconclusive", "Insufficient")]
    public async Task Get_Topic_ShowsTheComputedRatingWithItsLegendAndRule(
        string slug,
        string direction,
        string strength
    )
    {
        var page = await client.GetOkPageAsync($"/topics/{slug}");
        var rating = page.QuerySelector(".portal-rating-panel").Text();

        Assert.Contains($"Direction of effect {direction}", rating);
        Assert.Contains($"Strength of evidence {strength}", rating);
        Assert.Contains("What the rating means", rating);
        Assert.NotNull(page.QuerySelector(".portal-rating-panel a[href='/about/ratings']"));
        Assert.Contains("Last reviewed: 26 November 2026", page.MainText());
    }

    [Fact]
    public async Task Get_Topic_CountsASingleControlledStudyInTheSingular()
    {
        var page = await client.GetOkPageAsync("/topics/digital");

        Assert.Contains(
            "Counted: 1 controlled study with a clear direction.",
            page.QuerySelector(".portal-rating__reason").Text()
        );
    }

    [Fact]
    public async Task Get_Topic_ListsOnlyItsOwnStudies_WithQualitativeFindingsBesideQuantitativeOnes()
    {
        var page = await client.GetOkPageAsync("/topics/activity-based");
        var rows = page.QuerySelectorAll("#studies tbody tr");

        Assert.Equal(10, rows.Length);
        Assert.Contains(rows, r => r.Text().Contains("Qualitative"));
        Assert.Contains(rows, r => !r.Text().Contains("Qualitative"));
        Assert.DoesNotContain(rows, r => r.Text().Contains("Befriending"));
        Assert.Contains(
            "Studies and findings on activity and occupation-based interventions (10)",
            page.QuerySelector("#studies caption").Text()
        );
    }

    [Fact]
    public async Task Get_Topic_SortsTheTableFromTheQueryString()
    {
        var page = await client.GetOkPageAsync("/topics/befriending?sort=year&order=desc#studies");
        var years = page.QuerySelectorAll("#studies tbody tr td:nth-child(2) span:last-child")
            .Select(span => int.Parse(span.TextContent)).ToList();

        Assert.Equal(6, years.Count);
        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(
            "descending",
            page.QuerySelector("#studies th[aria-sort='descending']")?.GetAttribute("aria-sort")
        );
    }

    [Fact]
    public async Task Get_Topic_ShowsTheSummaryRenderedFromMarkdown()
    {
        var page = await client.GetOkPageAsync("/topics/befriending");

        var link = page.QuerySelector(".portal-prose a[href='/studies/priebe-2019-volume-befriending-rct']");
        Assert.NotNull(link);
        Assert.Equal("Priebe et al. 2019", link!.TextContent);
        Assert.NotNull(page.QuerySelector(".portal-prose strong"));
    }

    [Theory]
    [InlineData("/topics/no-such-topic", 404)]
    [InlineData("/topics/befriending?sort=colour", 400)]
    [InlineData("/topics/befriending?order=sideways", 400)]
    public async Task Get_Topic_AnswersWithAHelpfulPage_ForBadAddresses(string url, int status)
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }
}
