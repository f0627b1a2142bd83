using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Studies;

[Collection(PortalCollection.Name)]
public class DetailsPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Study_ShowsEveryStudyWithATraceableSource()
    {
        await using var db = portal.NewDbContext();
        var slugs = await db.Studies.Select(s => s.Slug).ToListAsync();
        Assert.Equal(40, slugs.Count);

        foreach (var slug in slugs)
        {
            var page = await client.GetOkPageAsync($"/studies/{slug}");
            var main = page.QuerySelector("main")!;
            var outbound = main.QuerySelectorAll("a[href^='https://'], a[href^='http://']");
            Assert.True(outbound.Length > 0, $"{slug} shows no DOI or source link");
            Assert.NotNull(main.QuerySelector("h1"));
            Assert.Contains("Findings by outcome", main.Text());
        }
    }

    [Fact]
    public async Task Get_Study_ShowsFullCitationDoiDesignAndFindings()
    {
        var page = await client.GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");
        var main = page.MainText();

        Assert.Contains("Harris T, Brown GW, Robinson R (1999).", main);
        Assert.NotNull(page.QuerySelector("a[href='https://doi.org/10.1192/bjp.174.3.219']"));
        Assert.Contains("RCT (waiting-list control)", main);
        Assert.Contains("Randomised controlled trial (controlled comparison)", main);
        Assert.Contains("86 (43 befriending, 43 waiting list)", main);
        Assert.Contains("(p=0.02)", main);
        Assert.NotNull(page.QuerySelector("main a[href='/topics/befriending']"));
    }

    [Fact]
    public async Task Get_Study_ShowsMissingFieldsAsNotReported()
    {
        var page = await client.GetOkPageAsync("/studies/theriault-2020-recovery-colleges-review");
        var rows = page.QuerySelectorAll(".nhsuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt").Text(), r => r.QuerySelector("dd").Text());

        Assert.StartsWith("Not reported", rows["Authors"]);
        Assert.Contains("byline", rows["Authors"]);
        Assert.Equal("Not reported", rows["Country"]);
        Assert.Equal("Not reported", rows["Setting"]);
    }

    [Theory]
    [InlineData("davidson-2004-supported-socialization-rct", "DOI: Not reported", "32(4):453-477")]
    [InlineData("priebe-2019-volume-befriending-rct", "DOI: 10.1192/bjp.2019.42", "Not reported")]
    public async Task Get_Study_ShowsAnUnknownDoiOrVolumeAsNotReported(string slug, string doi, string volume)
    {
        var page = await client.GetOkPageAsync($"/studies/{slug}");
        var rows = page.QuerySelectorAll(".nhsuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt").Text(), r => r.QuerySelector("dd").Text());

        Assert.Equal(doi, page.QuerySelector("main .portal-doi").Text());
        Assert.Equal(volume, rows["Volume, issue and pages"]);
    }

    [Theory]
    [InlineData("/studies/no-such-study")]
    [InlineData("/studies/%F0%9F%98%80")]
    [InlineData("/studies/..%2F..%2Fetc%2Fpasswd")]
    public async Task Get_Study_Answers404WithALinkToAllStudies_ForUnknownIds(string url)
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.NotNull(page.QuerySelector("main a[href='/studies']"));
        Assert.DoesNotContain("Exception", page.Source.Text);
    }
}
