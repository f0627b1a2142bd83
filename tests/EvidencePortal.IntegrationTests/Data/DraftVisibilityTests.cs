using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>The public never sees a draft: neither a new record nor pending edits to a live one.</summary>
public class DraftVisibilityTests
{
    [Fact]
    public async Task PublicPages_HideDraftStudiesAndTheirFindings()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await using (var db = factory.NewDbContext())
        {
            var intervention = await db.Interventions.SingleAsync(i => i.Slug == "volunteer-befriending");
            var outcome = await db.Outcomes.SingleAsync(o => o.Slug == "loneliness");
            db.Studies.Add(
                new Study
                {
                    Slug = "draft-study-2026",
                    Title = "A draft nobody should see yet",
                    Year = 2026,
                    Status = PublicationStatus.Draft,
                    DesignCategory = DesignCategory.Rct,
                    SourceUrls = ["https://example.org/draft"],
                    Findings =
                    [
                        new Finding
                        {
                            Intervention = intervention,
                            Outcome = outcome,
                            Direction = EffectDirection.Negative,
                            Kind = FindingKind.Quantitative,
                            Note = "Draft finding",
                        },
                    ],
                }
            );
            await db.SaveChangesAsync();
            // Even recomputed from every finding in the store, the summary the counts come from leaves drafts out.
            await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        }

        Assert.Equal(404, (int)(await client.GetAsync("/studies/draft-study-2026")).StatusCode);
        var list = await client.GetOkPageAsync("/studies?size=100");
        Assert.DoesNotContain("A draft nobody should see yet", list.MainText());
        var topic = await client.GetOkPageAsync("/topics/befriending");
        Assert.DoesNotContain("Draft finding", topic.MainText());
        Assert.Contains("Mixed", topic.QuerySelector(".portal-rating-panel").Text());
    }

    [Fact]
    public async Task PublicPages_KeepShowingTheLiveVersion_WhileADraftOfItExists()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await using (var db = factory.NewDbContext())
        {
            var live = await db.Studies.SingleAsync(s => s.Slug == "harris-1999-befriending-chronic-depression");
            db.Studies.Add(new Study
            {
                Slug = live.Slug, Title = "Edited title in a draft", Year = live.Year, Status = PublicationStatus.Draft,
                DraftOfId = live.Id, DesignCategory = live.DesignCategory, SourceUrls = live.SourceUrls,
            });
            await db.SaveChangesAsync();
        }

        var page = await client.GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");

        Assert.StartsWith("Befriending as an intervention", page.QuerySelector("main h1").Text());
    }
}
