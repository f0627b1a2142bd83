using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Map;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Publishing;

/// <summary>
/// The evidence summary the public pages count from says what the findings say: its SQL combines directions by the
/// headline rule the C# states, on both engines, and the map built from it shows, cell by cell, what counting the
/// live findings one by one gives.
/// </summary>
public sealed class EvidenceSummaryTests
{
    private static readonly EffectDirection[] Directions = Enum.GetValues<EffectDirection>();

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Every_combination_of_directions_is_combined_by_the_headline_rule(string engine)
    {
        using var portal = await PortalAsync(engine);
        portal.CreateClient();
        var subsets = Enumerable.Range(1, (1 << Directions.Length) - 1)
            .Select(bits => Directions.Where(d => (bits & DirectionFlags.Of(d)) != 0).ToArray())
            .ToList();
        var ids = await SeedStudiesAsync(portal, subsets);

        await using var db = portal.NewDbContext();
        await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        var social = await db.Outcomes.Where(o => o.Slug == "loneliness").Select(o => o.Id).SingleAsync();
        for (var i = 0; i < subsets.Count; i++)
        {
            var expected = Combine(subsets[i]);
            var cell = await db.StudyCells.SingleAsync(c => c.StudyId == ids[i] && c.OutcomeId == social);
            Assert.Equal(expected, cell.Direction);
            Assert.Equal(DirectionFlags.Of(subsets[i]), cell.Directions);
            Assert.Equal(subsets[i].Length, cell.Findings);
            // The study's other finding is on an outcome that is not social: the topic's rating leaves it out.
            var topic = await db.StudyTopics.SingleAsync(t => t.StudyId == ids[i]);
            Assert.Equal(expected, topic.SocialDirection);
            Assert.Equal(subsets[i].Length + 1, topic.Findings);
        }
        Assert.True(await EvidenceSummary.IsInStepAsync(db, CancellationToken.None));
        Assert.Empty(portal.ServerErrors);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_map_shows_for_every_cell_what_counting_the_live_findings_gives(string engine)
    {
        using var portal = await PortalAsync(engine);
        var client = portal.CreateClient();
        await SeedStudiesAsync(
            portal, [[EffectDirection.Positive, EffectDirection.Negative], [EffectDirection.Unclear]]);
        await using (var db = portal.NewDbContext())
        {
            await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        }

        var map = await client.GetOkPageAsync("/map");
        var shown = map.QuerySelectorAll("td a[href^='/studies?intervention=']")
            .ToDictionary(a => a.GetAttribute("href")!, a => a.Text().Trim());
        var expected = await CountedOneByOneAsync(portal);
        Assert.Equal(expected.Count, shown.Count);
        foreach (var (href, text) in expected)
        {
            Assert.Equal(text, shown[href]);
        }
    }

    /// <summary>The oracle: every live finding read, reduced per study and cell in memory, counted per cell.</summary>
    private static async Task<Dictionary<string, string>> CountedOneByOneAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var findings = await db.Findings.Live()
            .Select(f => new { Intervention = f.Intervention!.Slug, Outcome = f.Outcome!.Slug, f.StudyId, f.Direction })
            .ToListAsync();
        return findings.GroupBy(f => (f.Intervention, f.Outcome))
            .ToDictionary(
                cell => $"/studies?intervention={cell.Key.Intervention}&outcome={cell.Key.Outcome}",
                cell =>
                {
                    var directions = cell.GroupBy(f => f.StudyId).Select(s => Combine(s.Select(f => f.Direction)))
                        .GroupBy(d => d).OrderBy(d => d.Key).Select(d => (d.Key, d.Count())).ToList();
                    return new MapCell(cell.Key.Outcome, directions.Sum(d => d.Item2), directions).Text;
                });
    }

    private static EffectDirection Combine(IEnumerable<EffectDirection> found)
    {
        var set = found.ToHashSet();
        return HeadlineRatingRule.Combine(set.Contains(EffectDirection.Positive), set.Contains(EffectDirection.Mixed),
            set.Contains(EffectDirection.NoEffect), set.Contains(EffectDirection.Negative));
    }

    /// <summary>One published study per set of directions: a finding in each on befriending and loneliness, and one
    /// positive finding on an outcome that is not social. Written straight to the store, as a bulk load
    /// would.</summary>
    private static async Task<List<int>> SeedStudiesAsync(PortalFactory portal, List<EffectDirection[]> sets)
    {
        await using var db = portal.NewDbContext();
        var intervention = await db.Interventions.SingleAsync(i => i.Slug == "volunteer-befriending");
        var social = await db.Outcomes.SingleAsync(o => o.Slug == "loneliness");
        var other = await db.Outcomes.FirstAsync(o => !o.IsSocial);
        var studies = sets.Select((set, n) => new Study
        {
            Slug = $"summary-{n}", Title = $"Summary study {n}", Year = 2001 + n, Status = PublicationStatus.Published,
            DesignCategory = DesignCategory.Rct, SourceUrls = ["https://example.org/summary"],
            Findings = set.Select(d => Finding(intervention, social, d))
                .Append(Finding(intervention, other, EffectDirection.Positive)).ToList(),
        }).ToList();
        db.Studies.AddRange(studies);
        await db.SaveChangesAsync();
        return studies.Select(s => s.Id).ToList();
    }

    private static Finding Finding(Intervention intervention, Outcome outcome, EffectDirection direction) => new()
    {
        Intervention = intervention, Outcome = outcome, Direction = direction, Kind = FindingKind.Quantitative,
        Note = $"Found {direction}",
    };

    internal static async Task<PortalFactory> PortalAsync(string engine) =>
        engine == "Postgres"
            ? new PortalFactory().With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Portal", await PostgresTestDatabase.CreateAsync())
            : new PortalFactory();
}
