using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Reviews;

[Collection(PortalCollection.Name)]
public class DetailsPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();
    private const string Url = "/reviews/social-networks";

    [Fact]
    public async Task Get_Review_HasEachPartOfTheReview()
    {
        var page = await client.GetOkPageAsync(Url);
        var headings = page.QuerySelectorAll("main h2").Select(h => h.Text()).ToList();

        Assert.Contains("Key findings", headings);
        Assert.Contains("Quantity and quality of the research", headings);
        Assert.Contains("Summary of studies", headings);
        Assert.Contains("Areas for future research", headings);
        Assert.Contains("Harflett", page.MainText());
    }

    [Fact]
    public async Task Get_Review_CountsTheResearchFromTheRecords()
    {
        await using var db = portal.NewDbContext();
        var rcts = await db.Studies.CountAsync(s => s.DesignCategory == DesignCategory.Rct);
        var firstYear = await db.Studies.MinAsync(s => s.Year);
        var lastYear = await db.Studies.MaxAsync(s => s.Year);

        var page = await client.GetOkPageAsync(Url);
        var byDesign = page.QuerySelectorAll("table.portal-count-table")
            .Single(t => t.QuerySelector("caption").Text() == "Studies by design");
        var rctRow = byDesign
            .QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th").Text() == "Randomised controlled trial");
        var total = byDesign.QuerySelectorAll("tbody tr td").Sum(td => int.Parse(td.TextContent));

        Assert.Equal(rcts.ToString(), rctRow.QuerySelector("td").Text());
        Assert.Equal(40, total);
        Assert.Contains($"published {firstYear} to {lastYear}", page.MainText());
    }

    [Fact]
    public async Task Get_Review_NeverPresentsTheStudiesAsTheReviewsOwnTable()
    {
        var page = await client.GetOkPageAsync(Url);

        Assert.Contains("not the 24 studies tabled in the original review", page.MainText());
        Assert.Equal(40, page.QuerySelectorAll("#studies tbody tr").Length);
        Assert.DoesNotContain("24", page.QuerySelector("#studies caption").Text());
    }

    [Fact]
    public async Task Get_Review_SortsItsTableByDesign()
    {
        var page = await client.GetOkPageAsync(Url + "?sort=design");
        var designs = page.QuerySelectorAll("#studies tbody tr td:nth-child(3) span:last-child")
            .Select(span => span.Text())
            .ToList();

        Assert.Equal(DesignCategory.SystematicReview.Label(), designs[0]);
        Assert.Equal(DesignCategory.OtherReview.Label(), designs[^1]);
    }

    [Fact]
    public async Task Get_Review_Answers404_ForAnUnknownReview()
    {
        var response = await client.GetAsync("/reviews/supported-housing");

        Assert.Equal(404, (int)response.StatusCode);
    }
}
