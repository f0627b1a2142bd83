using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Search;

/// <summary>The search page's facets: each count is what the store holds for the results, and its link narrows them
/// to that many.</summary>
[Collection(PortalCollection.Name)]
public class SearchFacetTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    private static List<string> StudyLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#results ol.portal-results h3 a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Get_Search_FacetCountsEqualWhatTheStoreSays()
    {
        var page = await client.GetOkPageAsync("/search?q=social&size=100");
        var slugs = StudyLinks(page).Select(l => l["/studies/".Length..]).ToList();
        await using var db = portal.NewDbContext();

        foreach (var topic in await db.Topics.Live().Select(t => t.Slug).ToListAsync())
        {
            var expected = await db
                .Studies.Live()
                .CountAsync(s =>
                    slugs.Contains(s.Slug)
                    && s.Findings.Any(f =>
                        f.Intervention!.Topic!.Slug == topic && f.Intervention.Status == PublicationStatus.Published
                    )
                );
            var link = page.QuerySelector($".portal-facets a[href*='topic={topic}']");
            Assert.Equal(
                expected,
                link is null
                    ? 0
                    : int.Parse(
                        link.ParentElement!.QuerySelector(".portal-secondary")!.Text().Trim('(', ')').Split(' ')[0]
                    )
            );
        }
        foreach (var design in Enum.GetValues<DesignCategory>())
        {
            var expected = await db
                .Studies.Live()
                .CountAsync(s => slugs.Contains(s.Slug) && s.DesignCategory == design);
            var link = page.QuerySelector($".portal-facets a[href$='design={design.Slug()}']");
            Assert.Equal(
                expected,
                link is null
                    ? 0
                    : int.Parse(
                        link.ParentElement!.QuerySelector(".portal-secondary")!.Text().Trim('(', ')').Split(' ')[0]
                    )
            );
        }
    }

    [Fact]
    public async Task Get_Search_FacetLinkNarrowsTheResultsToItsCount()
    {
        var page = await client.GetOkPageAsync("/search?q=social");
        var facet = page.QuerySelector(".portal-facets a[href*='topic=befriending']")!;
        var count = int.Parse(
            facet.ParentElement!.QuerySelector(".portal-secondary")!.Text().Trim('(', ')').Split(' ')[0]
        );

        var narrowed = await client.GetOkPageAsync(facet.GetAttribute("href")! + "&size=100");

        Assert.Equal(count, StudyLinks(narrowed).Count);
        Assert.Contains("Remove", narrowed.QuerySelector(".portal-facets")!.Text());
    }
}
