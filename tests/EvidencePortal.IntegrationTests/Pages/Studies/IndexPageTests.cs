using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Studies;

[Collection(PortalCollection.Name)]
public class IndexPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    private static List<string> StudyLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".portal-results h3 a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Get_Studies_PagesAllFortyStudiesTwentyAtATime()
    {
        var first = await client.GetOkPageAsync("/studies");
        var second = await client.GetOkPageAsync("/studies?page=2");

        Assert.Contains("40 studies, page 1 of 2", first.MainText());
        Assert.Equal(20, StudyLinks(first).Count);
        Assert.Equal(20, StudyLinks(second).Count);
        Assert.Empty(StudyLinks(first).Intersect(StudyLinks(second)));
        Assert.NotNull(first.QuerySelector("nav.nhsuk-pagination a[rel='next'][href='/studies?page=2']"));
    }

    [Fact]
    public async Task Get_Studies_FiltersByTopic_AndTheCountMatchesTheStore()
    {
        await using var db = portal.NewDbContext();
        var expected = await db.Studies.CountAsync(s =>
            s.Findings.Any(f => f.Intervention!.Topic!.Slug == "befriending")
        );

        var page = await client.GetOkPageAsync("/studies?topic=befriending");

        Assert.Equal(6, expected);
        Assert.Equal(expected, StudyLinks(page).Count);
        Assert.NotNull(page.QuerySelector("input[name='topic'][value='befriending'][checked]"));
    }

    [Fact]
    public async Task Get_Studies_AppliesOutcomeAndDirectionToTheSameFinding()
    {
        // Priebe 2019 has a positive finding (social contacts) and a no-effect one (activities):
        // "social inclusion + positive" must not match it.
        var page = await client.GetOkPageAsync("/studies?outcome=social-inclusion&direction=positive&size=100");
        var links = StudyLinks(page);

        Assert.DoesNotContain("/studies/priebe-2019-volume-befriending-rct", links);
        Assert.Contains("/studies/hacking-2008-participatory-arts", links);
    }

    [Fact]
    public async Task Get_Studies_CombinesDesignCountryAndYears()
    {
        var page = await client.GetOkPageAsync(
            "/studies?design=rct&country=United+Kingdom&yearFrom=2015&yearTo=2026&size=100"
        );
        var links = StudyLinks(page);

        Assert.Equal(
            [
                "/studies/lloyd-evans-2020-community-navigator-feasibility",
                "/studies/priebe-2019-volume-befriending-rct",
            ],
            links
        );
    }

    [Fact]
    public async Task Get_Studies_SortsByYearNewestFirst()
    {
        var page = await client.GetOkPageAsync("/studies?sort=year&order=desc&size=100");
        var metas = page.QuerySelectorAll(".portal-result")
            .Select(r => r.QuerySelector(".portal-result__meta").Text())
            .ToList();
        var years = metas
            .Select(m => int.Parse(System.Text.RegularExpressions.Regex.Match(m, @"\((\d{4})\)").Groups[1].Value))
            .ToList();

        Assert.Equal(40, years.Count);
        Assert.Equal(years.OrderByDescending(y => y), years);
    }

    [Fact]
    public async Task Get_Studies_SaysSoAndSuggestsWhatToDo_WhenNothingMatches()
    {
        var page = await client.GetOkPageAsync("/studies?topic=digital&design=qualitative");

        Assert.Contains("No studies match these filters", page.MainText());
        Assert.NotNull(page.QuerySelector("#results a[href='/studies']"));
    }

    [Theory]
    [InlineData("yearFrom=abc", "yearFrom", "From year must be a year")]
    [InlineData("yearFrom=2020&yearTo=2010", "yearTo", "later than the 'from' year")]
    [InlineData("yearTo=99999999999999999999", "yearTo", "To year must be a year")]
    [InlineData("topic=nonsense", "topic", "There is no topic called 'nonsense'")]
    [InlineData("design=%3Cscript%3E", "design", "There is no study design called '<script>'")]
    [InlineData("direction=up", "direction", "There is no direction called 'up'")]
    [InlineData("page=0", "page", "The page number must be a whole number")]
    [InlineData("page=-3", "page", "The page number must be a whole number")]
    [InlineData("size=5000", "size", "studies a page")]
    [InlineData("sort=colour", "sort", "Sort by study")]
    public async Task Get_Studies_Answers400WithAMessageLinkedToTheField_ForBadValues(
        string query,
        string field,
        string message
    )
    {
        var (response, page) = await client.GetPageAsync("/studies?" + query);

        Assert.Equal(400, (int)response.StatusCode);
        var summaryLink = page.QuerySelectorAll(".nhsuk-error-summary a")
            .Single(a => a.GetAttribute("href") == "#" + field);
        Assert.Contains(message, summaryLink.TextContent);
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task Get_Studies_KeepsWhatWasTyped_WhenAYearIsWrong()
    {
        var (_, page) = await client.GetPageAsync("/studies?yearFrom=twenty&topic=befriending");

        Assert.Equal("twenty", page.QuerySelector("#yearFrom")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='topic'][value='befriending'][checked]"));
    }

    [Fact]
    public async Task Get_Studies_Answers404WithALinkToPageOne_WhenThePageIsPastTheEnd()
    {
        var (response, page) = await client.GetPageAsync("/studies?topic=befriending&page=3");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("There is no page 3", page.MainText());
        Assert.NotNull(page.QuerySelector("main a[href='/studies?topic=befriending']"));
    }

    [Fact]
    public async Task Get_Studies_SurvivesHostileQueryStrings()
    {
        foreach (
            var query in new[]
            {
                "topic=" + new string('x', 5000),
                "country=%F0%9F%98%80",
                "yearFrom=%00",
                "topic=a&topic=b&topic=c",
                "%ZZ=1",
            }
        )
        {
            var response = await client.GetAsync("/studies?" + query);
            Assert.True((int)response.StatusCode is 200 or 400, $"{query} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Get_Studies_ListsOnlyPublishedStudies()
    {
        await using var db = portal.NewDbContext();
        var published = await db.Studies.CountAsync(s => s.Status == PublicationStatus.Published);

        var page = await client.GetOkPageAsync("/studies?size=100");

        Assert.Equal(published, StudyLinks(page).Count);
    }
}
