using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Search;

/// <summary>The index follows what is published: told through PublishedChangeNotifier, as editing code does.</summary>
public class SearchIndexTests
{
    private static async Task NotifyAsync(PortalFactory portal, PublishedChange change)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PublishedChangeNotifier>().NotifyAsync(change);
    }

    private static async Task<List<string>> ResultsAsync(HttpClient client, string query) =>
        (await client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString(query))).QuerySelectorAll("#results h3 a")
            .Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Publish_NewStudy_IsFoundOnTheNextSearch_AndGoneAfterWithdrawal()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        Assert.Empty(await ResultsAsync(client, "zebrafinch"));
        int id;
        await using (var db = portal.NewDbContext())
        {
            var study = new Study
            {
                Slug = "zebrafinch-2026",
                Title = "Zebrafinch singing groups and loneliness",
                Year = 2026,
                DesignCategory = DesignCategory.Qualitative,
            };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            id = study.Id;
        }
        await NotifyAsync(portal, new PublishedChange("Study", id, "Published"));

        Assert.Equal(["/studies/zebrafinch-2026"], await ResultsAsync(client, "zebrafinch"));

        await using (var db = portal.NewDbContext())
        {
            await db
                .Studies.Where(s => s.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Deleted));
        }
        await NotifyAsync(portal, new PublishedChange("Study", id, "Deleted"));

        Assert.Empty(await ResultsAsync(client, "zebrafinch"));
    }

    [Fact]
    public async Task Publish_EditedTitle_ReplacesTheOldWords()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        int id;
        await using (var db = portal.NewDbContext())
        {
            var study = await db.Studies.SingleAsync(s => s.Slug == "fieldhouse-2003-allotment-group");
            study.Title = "The impact of a kazoo orchestra on wellbeing";
            await db.SaveChangesAsync();
            id = study.Id;
        }
        await NotifyAsync(portal, new PublishedChange("Study", id, "Published"));

        Assert.Equal(["/studies/fieldhouse-2003-allotment-group"], await ResultsAsync(client, "kazoo"));
        Assert.DoesNotContain(
            "/studies/fieldhouse-2003-allotment-group",
            await ResultsAsync(client, "\"impact of an allotment group\"")
        );
    }

    [Fact]
    public async Task Search_NeverFindsADraft_EvenAfterANotification()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        int liveId;
        await using (var db = portal.NewDbContext())
        {
            var live = await db.Studies.SingleAsync(s => s.Slug == "harris-1999-befriending-chronic-depression");
            liveId = live.Id;
            db.Studies.Add(
                new Study
                {
                    Slug = "quokka-draft",
                    Title = "Quokka draft never to be seen",
                    Year = 2026,
                    Status = PublicationStatus.Draft,
                    DesignCategory = DesignCategory.Rct,
                }
            );
            db.Studies.Add(
                new Study
                {
                    Slug = live.Slug,
                    Title = "Quokka edit of a live study",
                    Year = live.Year,
                    Status = PublicationStatus.Draft,
                    DraftOfId = live.Id,
                    DesignCategory = live.DesignCategory,
                }
            );
            await db.SaveChangesAsync();
        }
        await NotifyAsync(portal, new PublishedChange("Study", liveId, "DraftSaved"));
        await NotifyAsync(portal, new PublishedChange("Import", null, "Imported"));

        Assert.Empty(await ResultsAsync(client, "quokka"));
        Assert.Contains(
            "/studies/harris-1999-befriending-chronic-depression",
            await ResultsAsync(client, "befriending chronic depression")
        );
    }

    [Fact]
    public async Task Publish_TopicRename_ReachesTheTopicAndItsStudies()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        int id;
        await using (var db = portal.NewDbContext())
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "digital");
            topic.Title = "Capybara technology";
            await db.SaveChangesAsync();
            id = topic.Id;
        }
        await NotifyAsync(portal, new PublishedChange("Topic", id, "Published"));

        var results = await ResultsAsync(client, "capybara");
        Assert.Contains("/topics/digital", results);
        Assert.Contains("/studies/toh-2022-digital-social-isolation-scoping-review", results);
    }

    [Fact]
    public async Task StartUp_RebuildsAnIndexThatIsOutOfStep()
    {
        using var portal = new PortalFactory();
        portal.CreateClient();
        await using (var db = portal.NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM search_studies WHERE study_id IN (SELECT study_id FROM search_studies LIMIT 5)"
            );
        }
        using var restarted = new PortalFactory().With(
            "ConnectionStrings:Portal",
            $"Data Source={portal.DatabasePath}"
        );
        var client = restarted.CreateClient();

        await using var check = restarted.NewDbContext();
        Assert.Equal(
            40,
            await check.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM search_studies").SingleAsync()
        );
        Assert.NotEmpty(await ResultsAsync(client, "allotment"));
    }
}
