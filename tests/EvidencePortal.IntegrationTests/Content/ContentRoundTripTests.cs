using EvidencePortal.Tests;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Content;

/// <summary>Exporting the published store to the content/ format and importing that into an empty store reproduces
/// it.</summary>
public sealed class ContentRoundTripTests : IDisposable
{
    private readonly string exportFolder = Path.Combine(
        Path.GetTempPath(),
        "portal-export-" + Guid.NewGuid().ToString("N"),
        "content"
    );

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(exportFolder)!, recursive: true);

    [Fact]
    public async Task Export_ThenImportIntoAnEmptyStore_ReproducesThePublishedRecords()
    {
        using var source = new PortalFactory();
        source.CreateClient();
        await using (var db = source.NewDbContext())
        {
            // A published edit must survive the trip; a draft must not travel at all.
            var study = await db.Studies.SingleAsync(s => s.Slug == "davidson-2004-supported-socialization-rct");
            study.Setting = "Edited setting: \"quoted\", with a colon: and a # hash";
            var topic = await db.Topics.SingleAsync(t => t.Slug == "digital");
            (topic.OverrideDirection, topic.OverrideStrength, topic.OverrideRationale) = (
                HeadlineDirection.NoEffect,
                EvidenceStrength.Low,
                "Editor's reason."
            );
            db.Studies.Add(
                new Study
                {
                    Slug = "unpublished-draft",
                    Title = "Not for export",
                    Year = 2025,
                    Status = PublicationStatus.Draft,
                    SourceUrls = ["https://example.org"],
                }
            );
            await db.SaveChangesAsync();
        }
        using (var scope = source.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ContentWriter>().WriteAsync(exportFolder);
            Assert.Equal(40, result.Studies);
        }

        using var target = new PortalFactory().With("Content:Root", exportFolder);
        target.CreateClient();

        await using var before = source.NewDbContext();
        await using var after = target.NewDbContext();
        Assert.Equal(await Studies(before), await Studies(after));
        Assert.Equal(await Findings(before), await Findings(after));
        Assert.Equal(await Topics(before), await Topics(after));
        Assert.Equal(await Reviews(before), await Reviews(after));
        Assert.Equal(
            await before
                .Outcomes.Live()
                .OrderBy(o => o.Slug)
                .Select(o => new
                {
                    o.Slug,
                    o.Name,
                    o.IsSocial,
                    o.Description,
                    o.Order,
                })
                .ToListAsync(),
            await after
                .Outcomes.Live()
                .OrderBy(o => o.Slug)
                .Select(o => new
                {
                    o.Slug,
                    o.Name,
                    o.IsSocial,
                    o.Description,
                    o.Order,
                })
                .ToListAsync()
        );
        Assert.False(await after.Studies.AnyAsync(s => s.Slug == "unpublished-draft"));
    }

    private static async Task<List<string>> Studies(PortalDbContext db) =>
        (await db.Studies.Live().OrderBy(s => s.Slug).ToListAsync())
            .Select(s =>
                string.Join(
                    " | ",
                    s.Slug,
                    s.Title,
                    s.Authors,
                    s.AuthorsNote,
                    s.Year,
                    s.Journal,
                    s.VolumeIssuePages,
                    s.Doi,
                    string.Join(",", s.SourceUrls),
                    s.Design,
                    s.DesignCategory,
                    s.Country,
                    s.Setting,
                    s.SampleSize,
                    s.Population,
                    string.Join(",", s.OutcomesMeasured),
                    s.AppraisalMarkdown,
                    s.AppraisalHtml,
                    s.Verification,
                    s.LastReviewedOn
                )
            )
            .ToList();

    private static Task<List<string>> Findings(PortalDbContext db) =>
        db
            .Findings.Live()
            .OrderBy(f => f.Study!.Slug)
            .ThenBy(f => f.Order)
            .Select(f =>
                f.Study!.Slug
                + "|"
                + f.Intervention!.Slug
                + "|"
                + f.Outcome!.Slug
                + "|"
                + f.Direction
                + "|"
                + f.Kind
                + "|"
                + f.Note
                + "|"
                + f.Order
            )
            .ToListAsync();

    private static async Task<List<string>> Topics(PortalDbContext db) =>
        (await db.Topics.Live().Include(t => t.Interventions).OrderBy(t => t.Slug).ToListAsync())
            .Select(t =>
                string.Join(
                    " | ",
                    t.Slug,
                    t.Title,
                    t.Order,
                    t.KeyMessage,
                    t.SummaryMarkdown,
                    t.SummaryHtml,
                    t.OverrideDirection,
                    t.OverrideStrength,
                    t.OverrideRationale,
                    t.LastReviewedOn,
                    string.Join(
                        ",",
                        t.Interventions.OrderBy(i => i.Order)
                            .Select(i => $"{i.Slug}:{i.Name}:{i.Description}:{i.Order}")
                    )
                )
            )
            .ToList();

    private static async Task<List<string>> Reviews(PortalDbContext db) =>
        (await db.Reviews.Live().OrderBy(r => r.Slug).ToListAsync())
            .Select(r =>
                string.Join(
                    " | ",
                    r.Slug,
                    r.Title,
                    r.ShortTitle,
                    r.Authors,
                    r.Publisher,
                    r.CommissionedBy,
                    r.PublishedOn,
                    r.Scope,
                    r.KeyMessage,
                    string.Join(",", r.SourceUrls),
                    r.OverviewMarkdown,
                    r.SummaryOfStudiesMarkdown,
                    r.KeyFindingsMarkdown,
                    r.FutureResearchMarkdown,
                    r.Order,
                    r.LastReviewedOn
                )
            )
            .ToList();
}
