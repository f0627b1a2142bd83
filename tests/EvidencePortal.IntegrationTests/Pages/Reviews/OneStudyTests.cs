using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Reviews;

/// <summary>
/// A store with a single published study: every count of studies or findings on the review and home pages reads
/// in the singular ("1 study", never "1 studies").
/// </summary>
public class OneStudyTests
{
    private const string Kept = "harris-1999-befriending-chronic-depression";

    [Fact]
    public async Task ReviewAndHomePages_CountASingleStudyAndFindingInTheSingular()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await using (var db = factory.NewDbContext())
        {
            await db
                .Studies.Where(s => s.Slug != Kept)
                .ExecuteUpdateAsync(s => s.SetProperty(study => study.Status, PublicationStatus.Draft));
            // Changed behind publishing's back: the summary the counts come from is put in step as start-up would.
            await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        }

        var review = (await client.GetOkPageAsync("/reviews/social-networks")).MainText();
        Assert.Contains("1 study or review, published 1999 to 1999, with 1 recorded finding.", review);
        Assert.Contains("1 of the 1 uses a controlled comparison", review);

        var home = await client.GetOkPageAsync("/");
        Assert.Equal("Search all 1 study and topic summaries", home.QuerySelector("label[for='home-search']").Text());
    }
}
