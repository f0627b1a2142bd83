using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>A published study with findings that no topic or review summary links to, so its address appearing
/// anywhere public would be a leak.</summary>
public sealed record UnlinkedStudy(int Id, string Slug, string Title)
{
    public static async Task<List<UnlinkedStudy>> ListAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var markdown =
            string.Join("\n", await db.Topics.Select(t => t.SummaryMarkdown).ToListAsync())
            + string.Join(
                "\n",
                await db
                    .Reviews.Select(r =>
                        r.KeyFindingsMarkdown
                        + r.OverviewMarkdown
                        + r.SummaryOfStudiesMarkdown
                        + r.FutureResearchMarkdown
                    )
                    .ToListAsync()
            );
        var studies = await db
            .Studies.Where(s =>
                s.DraftOfId == null
                && s.Status == EvidencePortal.Web.Domain.PublicationStatus.Published
                && db.Findings.Any(f => f.StudyId == s.Id)
            )
            .OrderBy(s => s.Id)
            .Select(s => new UnlinkedStudy(s.Id, s.Slug, s.Title))
            .ToListAsync();
        return studies
            .Where(s =>
                !markdown.Contains(s.Slug, StringComparison.Ordinal)
                && s.Slug != "harris-1999-befriending-chronic-depression"
            )
            .ToList();
    }
}
