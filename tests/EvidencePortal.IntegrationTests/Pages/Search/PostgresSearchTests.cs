using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Search;

/// <summary>Search on PostgreSQL (tsvector + GIN): .ci/test sets PORTAL_TEST_POSTGRES; elsewhere it skips.</summary>
public class PostgresSearchTests
{
    [Fact]
    public async Task Search_OnPostgres_RanksFacetsFollowsPublishesAndSurvivesHostileInput()
    {
        var database = await PostgresTestDatabase.CreateAsync("portal_search");
        using var portal = new PortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Portal", database);
        var client = portal.CreateClient();
        async Task<List<string>> Results(string q) =>
            (await client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString(q)))
                .QuerySelectorAll("#results ol.portal-results h3 a")
                .Select(a => a.GetAttribute("href")!)
                .ToList();

        Assert.Equal(
            "/studies/priebe-2019-volume-befriending-rct",
            (await Results("befriending schizophrenia")).First()
        );
        Assert.Equal("/studies/fieldhouse-2003-allotment-group", (await Results("allotm")).First());
        Assert.NotEmpty(await Results("\"peer support\""));
        var faceted = await client.GetOkPageAsync("/search?q=social&topic=befriending&size=100");
        Assert.NotEmpty(faceted.QuerySelectorAll("#results ol.portal-results h3 a"));
        foreach (var hostile in new[] { "'; DROP TABLE search_studies; --", "a & b | !c <-> d:*", "((", "😀", "the" })
        {
            var (response, _) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(hostile));
            Assert.Equal(200, (int)response.StatusCode);
        }

        int id;
        await using (var db = portal.NewDbContext())
        {
            var study = new Study
            {
                Slug = "wombat-2026",
                Title = "Wombat walking groups",
                Year = 2026,
                DesignCategory = DesignCategory.Qualitative,
            };
            db.Studies.Add(study);
            db.Studies.Add(
                new Study
                {
                    Slug = "wombat-draft",
                    Title = "Wombat draft",
                    Year = 2026,
                    Status = PublicationStatus.Draft,
                    DesignCategory = DesignCategory.Rct,
                }
            );
            await db.SaveChangesAsync();
            id = study.Id;
        }
        using (var scope = portal.Services.CreateScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<PublishedChangeNotifier>()
                .NotifyAsync(new PublishedChange("Study", id, "Published"));
        }
        Assert.Equal(["/studies/wombat-2026"], await Results("wombat"));
        var api = await client.GetStringAsync("/api/v1/studies?pageSize=100");
        Assert.Contains("wombat-2026", api);
        Assert.DoesNotContain("wombat-draft", api);
    }
}
