using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Search;

[Collection(PortalCollection.Name)]
public class IndexPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    private static List<string> StudyLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#results ol.portal-results h3 a").Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("befriending schizophrenia", "/studies/priebe-2019-volume-befriending-rct")]
    [InlineData("allotment", "/studies/fieldhouse-2003-allotment-group")]
    [InlineData("football", "/studies/mason-holt-2012-coping-through-football")]
    [InlineData("growing spaces", "/studies/howarth-2018-growing-spaces")]
    [InlineData("clubhouse connection", "/studies/pernice-2021-clubhouse-connection")]
    [InlineData("recovery colleges", "/studies/theriault-2020-recovery-colleges-review")]
    public async Task Get_Search_RanksTheExpectedStudyFirst(string query, string expected)
    {
        var page = await client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, StudyLinks(page).FirstOrDefault());
    }

    [Fact]
    public async Task Get_Search_RanksATitleMatchAboveANoteMatch()
    {
        // Wood 2022 has gardening in its title; three other studies mention it only in notes or details.
        await using var db = portal.NewDbContext();
        var inTitle = await db
            .Studies.Where(s => EF.Functions.Like(s.Title, "%gardening%"))
            .Select(s => "/studies/" + s.Slug)
            .ToListAsync();

        var links = StudyLinks(await client.GetOkPageAsync("/search?q=gardening"));

        Assert.True(links.Count > inTitle.Count, "some study should mention gardening outside its title");
        Assert.Equal(inTitle.Order(), links.Take(inTitle.Count).Order());
    }

    [Fact]
    public async Task Get_Search_MarksMatchedWordsAndEncodesEverythingElse()
    {
        var page = await client.GetOkPageAsync("/search?q=allotment");

        var title = page.QuerySelector("#results ol.portal-results h3 a")!;
        Assert.Contains("<mark>allotment</mark>", title.InnerHtml);
        Assert.Equal(
            "The impact of an allotment group on mental health clients' health, wellbeing and social networking",
            title.Text()
        );
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"peer support")]
    [InlineData("social AND OR NOT")]
    [InlineData("NEAR(social network, 2)")]
    [InlineData("befriend* ^title:social -loneliness")]
    [InlineData("((((")]
    [InlineData("'; DROP TABLE Studies; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("😀 befriending 🧑‍🤝‍🧑")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("s")]
    [InlineData("\ud800 broken surrogate")]
    [InlineData("{}[]:*")]
    public async Task Get_Search_AnswersEveryHostileInputWithAPage(string query)
    {
        var (response, page) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task Get_Search_ShortensATenThousandCharacterQuery()
    {
        var (response, page) = await client.GetPageAsync("/search?q=" + new string('b', 10_000) + "+befriending");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("Only the first 200 characters", page.MainText());
    }

    [Fact]
    public async Task Get_Search_SaysNothingMatchedAndSuggestsANearSpelling()
    {
        var page = await client.GetOkPageAsync("/search?q=alotment");

        Assert.Contains("No studies or topic summaries match ‘alotment’", page.MainText());
        Assert.NotNull(page.QuerySelector("main a[href='/search?q=allotment']"));
        Assert.NotNull(page.QuerySelector("main a[href='/studies']"));
        Assert.NotNull(page.QuerySelector("main a[href='/topics/befriending']"));
    }

    [Fact]
    public async Task Get_Search_OffersEachWordAlone_WhenNoStudyHasThemAll()
    {
        var page = await client.GetOkPageAsync("/search?q=allotment+cochrane");

        Assert.Contains("No study has all of these words", page.MainText());
        Assert.NotNull(page.QuerySelector("main a[href='/search?q=allotment']"));
    }

    [Fact]
    public async Task Get_Search_PagesTheResults()
    {
        var first = await client.GetOkPageAsync("/search?q=social&size=10");
        var second = await client.GetOkPageAsync("/search?q=social&size=10&page=2");

        Assert.Equal(10, StudyLinks(first).Count);
        Assert.Empty(StudyLinks(first).Intersect(StudyLinks(second)));
        Assert.NotNull(first.QuerySelector("nav.nhsuk-pagination a[rel='next']"));
    }

    [Theory]
    [InlineData("q=social&topic=nonsense")]
    [InlineData("q=social&design=%3Cscript%3E")]
    [InlineData("q=social&yearFrom=abc")]
    [InlineData("q=social&page=0")]
    [InlineData("q=social&country=Italy")]
    public async Task Get_Search_Answers400_ForBadFilterValues(string query)
    {
        var (response, page) = await client.GetPageAsync("/search?" + query);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.NotNull(page.QuerySelector(".nhsuk-error-summary"));
    }

    [Fact]
    public async Task Get_Search_Answers404_ForAPagePastTheEnd()
    {
        var (response, _) = await client.GetPageAsync("/search?q=allotment&page=9");

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Get_Search_FindsTopicSummaries()
    {
        var page = await client.GetOkPageAsync("/search?q=peer+support");

        Assert.NotNull(page.QuerySelector("#results a[href='/topics/peer-support']"));
    }
}
