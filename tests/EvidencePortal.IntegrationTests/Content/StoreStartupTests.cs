using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Content;

/// <summary>
/// Start-up puts right an evidence summary that publishing could not have kept: a store written another way (a bulk
/// load, a restored backup, an upgrade from before the summary existed) is counted correctly from the first page.
/// </summary>
public sealed class StoreStartupTests
{
    [Fact]
    public async Task A_store_written_behind_the_portals_back_is_counted_right_after_a_restart()
    {
        using var before = new PortalFactory();
        var reader = before.CreateClient();
        var map = await reader.GetOkPageAsync("/map?design=other-review");
        Assert.Empty(map.QuerySelectorAll("td a[href*='intervention=volunteer-befriending&outcome=loneliness']"));
        await using (var db = before.NewDbContext())
        {
            var intervention = await db.Interventions.SingleAsync(i => i.Slug == "volunteer-befriending");
            var outcome = await db.Outcomes.SingleAsync(o => o.Slug == "loneliness");
            db.Studies.Add(new Study
            {
                Slug = "bulk-loaded-2024", Title = "Loaded in bulk", Year = 2024, Status = PublicationStatus.Published,
                DesignCategory = DesignCategory.OtherReview, SourceUrls = ["https://example.org/bulk"],
                Findings =
                [
                    new Finding
                    {
                        Intervention = intervention, Outcome = outcome, Direction = EffectDirection.Negative,
                        Kind = FindingKind.Quantitative, Note = "Written straight to the store",
                    },
                ],
            });
            await db.SaveChangesAsync();
        }

        // The same store file, opened by a portal starting up.
        using var after = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={before.DatabasePath}");
        var restarted = await after.CreateClient().GetOkPageAsync("/map?design=other-review");

        var cell = restarted.QuerySelector("td a[href*='intervention=volunteer-befriending&outcome=loneliness']");
        Assert.Equal("1 study: 1 negative", cell?.Text().Trim());
        Assert.Empty(after.ServerErrors);
    }
}
