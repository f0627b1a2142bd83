using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Studies;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

/// <summary>
/// A topic or review holding more studies than a page can sensibly list: the table stops at
/// StudyTable.MaxRows and links to the paged list, while the rating and the overview still count every study.
/// </summary>
public class LargeTopicTests
{
    private const int Added = StudyTable.MaxRows + 5;

    [Fact]
    public async Task TopicAndReviewPages_ListTheFirstStudies_LinkToAll_AndCountEveryOneInTheRating()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        int before;
        await using (var db = factory.NewDbContext())
        {
            before = await db
                .Findings.Where(f => f.Intervention!.Topic!.Slug == "befriending")
                .Select(f => f.StudyId)
                .Distinct()
                .CountAsync();
            var intervention = await db.Interventions.SingleAsync(i => i.Slug == "volunteer-befriending");
            var outcome = await db.Outcomes.SingleAsync(o => o.Slug == "loneliness");
            for (var i = 0; i < Added; i++)
            {
                db.Studies.Add(
                    new Study
                    {
                        Slug = $"scale-{i:000}",
                        Title = $"Scale study {i}",
                        Authors = $"Zed {i:000}",
                        Year = 2020,
                        Status = PublicationStatus.Published,
                        DesignCategory = DesignCategory.Rct,
                        SourceUrls = ["https://example.org/scale"],
                        Findings =
                        [
                            new Finding
                            {
                                Intervention = intervention,
                                Outcome = outcome,
                                Direction = EffectDirection.Positive,
                                Kind = FindingKind.Quantitative,
                                Note = "Less lonely",
                            },
                        ],
                    }
                );
            }
            await db.SaveChangesAsync();
            // Written straight to the store, as a bulk load would be: the evidence summary is brought in step the way
            // start-up brings it after one.
            await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        }
        var total = before + Added;

        var topic = await client.GetOkPageAsync("/topics/befriending");

        Assert.Equal(StudyTable.MaxRows, topic.QuerySelectorAll("#studies tbody tr").Length);
        Assert.Contains($"({total})", topic.QuerySelector("#studies caption").Text());
        Assert.Contains($"first {StudyTable.MaxRows} of {total} studies", topic.MainText());
        Assert.NotNull(topic.QuerySelector("main a[href='/studies?topic=befriending']"));
        // The new positive trials outweigh the review's own mixed befriending studies: the rating counted them all.
        Assert.Contains("Direction of effect Positive", topic.QuerySelector(".portal-rating-panel").Text());

        var review = await client.GetOkPageAsync("/reviews/social-networks");
        Assert.Equal(StudyTable.MaxRows, review.QuerySelectorAll("#studies tbody tr").Length);
        Assert.Contains($"{40 + Added} studies and reviews", review.MainText());

        // On paper each topic lists fewer, and says where the rest are.
        var print = await client.GetOkPageAsync("/reviews/social-networks/print");
        Assert.Equal(StudyTable.PrintRows, print.QuerySelectorAll("#befriending-studies tbody tr").Length);
        Assert.Contains($"first {StudyTable.PrintRows} of {total} studies", print.MainText());
        Assert.Empty(factory.ServerErrors);
    }
}
