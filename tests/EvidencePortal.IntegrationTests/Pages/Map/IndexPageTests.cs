using System.Text.RegularExpressions;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Map;

[Collection(PortalCollection.Name)]
public partial class IndexPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [GeneratedRegex(@"intervention=([^&]+)&outcome=([^&]+)")]
    private static partial Regex CellLink();

    private static int LeadingNumber(string text) => int.Parse(Regex.Match(text, @"^\d+").Value);

    [Fact]
    public async Task Get_Map_CellCountsEqualTheStudiesInTheStore()
    {
        var page = await client.GetOkPageAsync("/map");
        await using var db = portal.NewDbContext();
        var expected = (
            await db
                .Findings.Live()
                .Select(f => new
                {
                    Intervention = f.Intervention!.Slug,
                    Outcome = f.Outcome!.Slug,
                    f.StudyId,
                })
                .ToListAsync()
        )
            .GroupBy(f => (f.Intervention, f.Outcome))
            .ToDictionary(g => g.Key, g => g.Select(f => f.StudyId).Distinct().Count());

        var cells = page.QuerySelectorAll(".portal-map td a").Select(a =>
        {
            var match = CellLink().Match(a.GetAttribute("href")!);
            return (Key: (match.Groups[1].Value, match.Groups[2].Value), Count: LeadingNumber(a.Text()));
        }).ToList();

        Assert.Equal(expected.Count, cells.Count);
        foreach (var (key, count) in cells)
        {
            Assert.Equal(expected[key], count);
        }
        var interventions = await db.Interventions.Live().CountAsync();
        var outcomes = await db.Outcomes.Live().CountAsync();
        Assert.Equal(
            interventions * outcomes - expected.Count,
            page.QuerySelectorAll(".portal-map td.portal-map__cell--gap").Length
        );
    }

    [Fact]
    public async Task Get_Map_EveryCellLinkShowsThatManyStudies()
    {
        var page = await client.GetOkPageAsync("/map");

        foreach (var link in page.QuerySelectorAll(".portal-map td a"))
        {
            var studies = await client.GetOkPageAsync(link.GetAttribute("href")! + "&size=100");
            Assert.Equal(LeadingNumber(link.Text()), studies.QuerySelectorAll(".portal-results h3 a").Length);
        }
    }

    [Fact]
    public async Task Get_Map_SaysEachCellsDirectionsInWords_AndTheyAddUp()
    {
        var page = await client.GetOkPageAsync("/map");

        foreach (var link in page.QuerySelectorAll(".portal-map td a"))
        {
            var text = link.Text();
            Assert.Matches(@"^\d+ stud(y|ies): \d+ (positive|mixed|no effect|negative|unclear)", text);
            Assert.Equal(
                LeadingNumber(text),
                Regex
                    .Matches(text, @"(\d+) (positive|mixed|no effect|negative|unclear)")
                    .Sum(m => int.Parse(m.Groups[1].Value))
            );
        }
    }

    [Fact]
    public async Task Get_Map_IsAnAccessibleTable()
    {
        var page = await client.GetOkPageAsync("/map");

        var region = page.QuerySelector("div[role='region'][tabindex='0'][aria-labelledby='map-caption']");
        Assert.NotNull(region);
        Assert.NotNull(region.QuerySelector("table caption#map-caption"));
        Assert.NotEmpty(page.QuerySelectorAll(".portal-map thead th[scope='col']"));
        Assert.NotEmpty(page.QuerySelectorAll(".portal-map tbody th[scope='row']"));
        Assert.Equal(6, page.QuerySelectorAll(".portal-map tbody th[scope='rowgroup']").Length);
        Assert.Contains("No studies", page.QuerySelector(".portal-map")!.Text());
    }

    [Fact]
    public async Task Get_Map_NamesEachCellsTopicInterventionAndOutcomeHeadings()
    {
        var page = await client.GetOkPageAsync("/map");

        var cells = page.QuerySelectorAll(".portal-map tbody td");
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var headers = cell.GetAttribute("headers")!.Split(' ');
            var names = headers.Select(id => page.GetElementById(id)).ToList();
            Assert.All(names, heading => Assert.Equal("TH", heading?.TagName));
            Assert.Equal(
                ["rowgroup", "row", "col"],
                names.Select(heading => heading!.GetAttribute("scope")).ToArray()
            );
            // The row heading is in the cell's own row; the column heading sits above the cell's column.
            Assert.Same(cell.ParentElement, names[1]!.ParentElement);
        }
    }

    [Fact]
    public async Task Get_Map_CallsEmptyCellsGapsAmongTheStudiesHeldHere_NotGapsInAllResearch()
    {
        var page = await client.GetOkPageAsync("/map");
        var lede = page.QuerySelector("main .nhsuk-lede-text").Text();

        Assert.Contains("gaps among the studies held here", lede);
        Assert.DoesNotContain("gaps in the research", page.MainText());
    }

    [Fact]
    public async Task Get_Map_FiltersByDesignAndYears_AndItsLinksKeepTheFilters()
    {
        var page = await client.GetOkPageAsync("/map?design=rct&yearFrom=2010&yearTo=2026");
        await using var db = portal.NewDbContext();
        var expected = await db.Findings.Live()
            .Where(f => f.Study!.DesignCategory == EvidencePortal.Web.Domain.DesignCategory.Rct && f.Study.Year >= 2010)
            .Select(f => new { f.InterventionId, f.OutcomeId, f.StudyId }).Distinct().CountAsync();

        var links = page.QuerySelectorAll(".portal-map td a").ToList();
        Assert.Equal(expected, links.Sum(a => LeadingNumber(a.Text())));
        Assert.All(links, a => Assert.Contains("design=rct&yearFrom=2010&yearTo=2026", a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("design=nonsense")]
    [InlineData("yearFrom=abc")]
    [InlineData("yearFrom=2020&yearTo=2010")]
    public async Task Get_Map_Answers400_ForBadFilterValues(string query)
    {
        var (response, page) = await client.GetPageAsync("/map?" + query);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.NotNull(page.QuerySelector(".nhsuk-error-summary a[href^='#']"));
    }

    [Fact]
    public async Task Get_Studies_Answers400_ForAnUnknownIntervention()
    {
        var (response, _) = await client.GetPageAsync("/studies?intervention=nonsense");

        Assert.Equal(400, (int)response.StatusCode);
    }
}
