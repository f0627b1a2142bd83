using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Api;

/// <summary>Published records only, no-tracking projections, findings for a page of studies in one query.</summary>
public static class ApiQueries
{
    public static IQueryable<ReviewDto> Reviews(PortalDbContext db, string site, string? slug = null) =>
        db
            .Reviews.AsNoTracking()
            .Live()
            .Where(r => slug == null || r.Slug == slug)
            .OrderBy(r => r.Order)
            .ThenBy(r => r.Id)
            .Select(r => new ReviewDto(
                r.Slug,
                r.Title,
                r.ShortTitle,
                r.Authors,
                r.Publisher,
                r.CommissionedBy,
                r.PublishedOn.ToString("yyyy-MM"),
                r.Scope,
                r.KeyMessage,
                r.Topics.Where(t => t.Status == PublicationStatus.Published)
                    .OrderBy(t => t.Order)
                    .Select(t => t.Slug)
                    .ToList(),
                site + "/reviews/" + r.Slug
            ));

    public static IQueryable<TopicDto> Topics(PortalDbContext db, string site, string? slug = null) =>
        db
            .Topics.AsNoTracking()
            .Live()
            .Where(t => slug == null || t.Slug == slug)
            .OrderBy(t => t.Review!.Order)
            .ThenBy(t => t.Order)
            .ThenBy(t => t.Id)
            .Select(t => new TopicDto(
                t.Slug,
                t.Title,
                t.Review!.Slug,
                t.KeyMessage,
                t.Interventions.Where(i => i.Status == PublicationStatus.Published)
                    .OrderBy(i => i.Order)
                    .Select(i => new InterventionDto(i.Slug, i.Name, i.Description))
                    .ToList(),
                site + "/topics/" + t.Slug
            ));

    /// <summary>Live findings (optionally narrowed first), directions and kinds as the slugs /studies uses.</summary>
    public static IQueryable<FindingDto> Findings(
        PortalDbContext db,
        System.Linq.Expressions.Expression<Func<Finding, bool>>? scope = null
    ) =>
        (scope is null ? db.Findings.AsNoTracking().Live() : db.Findings.AsNoTracking().Live().Where(scope))
            .OrderBy(f => f.StudyId)
            .ThenBy(f => f.Order)
            .ThenBy(f => f.Id)
            .Select(f => new FindingDto(
                f.Id,
                f.Study!.Slug,
                f.Intervention!.Topic!.Slug,
                f.Intervention.Slug,
                f.Outcome!.Slug,
                f.Direction.Slug(),
                f.Kind == FindingKind.Qualitative ? "qualitative" : "quantitative",
                f.Note
            ));

    /// <summary>A page of studies with their findings: one query for the studies, one for all their findings.</summary>
    public static async Task<List<StudyDto>> StudiesAsync(
        PortalDbContext db, IQueryable<Study> studies, string site, CancellationToken cancellationToken)
    {
        var rows = await studies.Select(s => new
        {
            s.Id, s.Slug, s.Authors, s.Year, s.Title, s.Journal, s.VolumeIssuePages, s.Doi, s.SourceUrls, s.Design,
            s.DesignCategory, s.Country, s.Setting, s.SampleSize, s.Population, s.LastReviewedOn,
        }).ToListAsync(cancellationToken);
        var ids = rows.Select(s => s.Id).ToList();
        var findings = (await Findings(db, f => ids.Contains(f.StudyId)).ToListAsync(cancellationToken)).ToLookup(f =>
            f.Study
        );
        return rows.Select(s => new StudyDto(
                s.Slug,
                s.Authors,
                s.Year,
                s.Title,
                s.Journal,
                s.VolumeIssuePages,
                s.Doi,
                s.SourceUrls,
                s.Design,
                s.DesignCategory.Slug(),
                s.Country,
                s.Setting,
                s.SampleSize,
                s.Population,
                s.LastReviewedOn?.ToString("yyyy-MM-dd"),
                site + "/studies/" + s.Slug,
                findings[s.Slug].ToList()
            ))
            .ToList();
    }
}
