using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>A study with the findings that matter where the table is shown (a topic, or a whole review).</summary>
public sealed record StudyTableRow(
    string Slug, string? Authors, int Year, string Title, DesignCategory Design, string? Country, string? SampleSize,
    IReadOnlyList<FindingCell> Findings)
{
    public string? Journal { get; init; }
    public string? VolumeIssuePages { get; init; }
    public string? Doi { get; init; }
    public IReadOnlyList<string> SourceUrls { get; init; } = [];

    /// <summary>The reference as a printed list gives it, with the address to find it written out.</summary>
    public string FullCitation => Citation.Full(Authors, Year, Title, Journal, VolumeIssuePages, Doi);

    /// <summary>Where to read it when there is no DOI: the first source the record was checked against.</summary>
    public string? SourceAddress => Doi is null && SourceUrls.Count > 0 ? SourceUrls[0] : null;

    /// <summary>The study's findings taken together: their common direction, or mixed when they differ.</summary>
    public EffectDirection Overall => HeadlineRatingRule.CombineSocialDirections(Findings.Select(f => f.Direction));
}

public sealed record FindingCell(
    string Topic, string Intervention, string Outcome, bool SocialOutcome, EffectDirection Direction, FindingKind Kind,
    string Note);

/// <summary>The rows a study table shows, and how many studies are in its scope (more when it was cut short).</summary>
public sealed record StudyTableRows(IReadOnlyList<StudyTableRow> Rows, int Total);

/// <summary>
/// The studies-and-findings table shared by the review and topic pages: the findings of the studies shown,
/// in one query, grouped in memory. A review holds tens of studies; when a scope holds more than
/// <see cref="MaxRows"/> (a scale data set, a very large review) the first ones in the chosen order are shown
/// and the page links to the full, paged studies list, so a page never grows without bound.
/// </summary>
public static class StudyTable
{
    public const int MaxRows = 200;

    /// <summary>Each topic in the print pack lists fewer: a hundred studies a topic is already some ten A4 pages, and
    /// the pack says where the rest are.</summary>
    public const int PrintRows = 100;

    /// <param name="topicIds">The topics whose studies the table shows: one topic's, or a whole review's.</param>
    public static async Task<StudyTableRows> LoadAsync(
        PortalDbContext db, IReadOnlyCollection<int> topicIds, TableSort sort, CancellationToken cancellationToken,
        int maxRows = MaxRows)
    {
        // Which studies are in scope, and how many, comes from the evidence summary (one row per study and topic);
        // the findings are read only for the studies shown.
        var inTopics = db.StudyTopics.Where(t => topicIds.Contains(t.TopicId));
        var total = await inTopics.Select(t => t.StudyId).Distinct().CountAsync(cancellationToken);
        var shownIds = await FirstStudies(
                db.Studies.AsNoTracking().Live().Where(s => inTopics.Any(t => t.StudyId == s.Id)), sort)
            .Select(s => s.Id).Take(maxRows).ToListAsync(cancellationToken);
        var inScope = db.Findings.AsNoTracking().Live()
            .Where(f => shownIds.Contains(f.StudyId) && topicIds.Contains(f.Intervention!.TopicId));
        var findings = await inScope
            .OrderBy(f => f.StudyId).ThenBy(f => f.Order)
            .Select(f => new
            {
                f.Study!.Slug, f.Study.Authors, f.Study.Year, f.Study.Title, f.Study.DesignCategory, f.Study.Country,
                f.Study.SampleSize, f.Study.Journal, f.Study.VolumeIssuePages, f.Study.Doi, f.Study.SourceUrls,
                Topic = f.Intervention!.Topic!.Title, Intervention = f.Intervention.Name,
                Outcome = f.Outcome!.Name, f.Outcome.IsSocial, f.Direction, f.Kind, f.Note,
            })
            .ToListAsync(cancellationToken);

        var rows = findings.GroupBy(f => f.Slug).Select(g =>
        {
            var s = g.First();
            var cells = g
                .Select(f =>
                    new FindingCell(f.Topic, f.Intervention, f.Outcome, f.IsSocial, f.Direction, f.Kind, f.Note))
                .ToList();
            return new StudyTableRow(
                s.Slug, s.Authors, s.Year, s.Title, s.DesignCategory, s.Country, s.SampleSize, cells)
            {
                Journal = s.Journal, VolumeIssuePages = s.VolumeIssuePages, Doi = s.Doi, SourceUrls = s.SourceUrls,
            };
        });
        return new StudyTableRows(sort.Apply(rows).ToList(), total);
    }

    /// <summary>The store's order for the sort a table asks for; the combined direction is known only in memory, so it
    /// falls back to authors.</summary>
    private static IOrderedQueryable<Study> FirstStudies(IQueryable<Study> studies, TableSort sort) =>
        sort.Column == "direction"
            ? StudyListQuery.Sorted(studies, "study", descending: false)
            : StudyListQuery.Sorted(studies, sort.Column, sort.Descending);
}
