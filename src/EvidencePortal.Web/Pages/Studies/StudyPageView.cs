using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// Everything the study page shows. Built from any study row, so an editor's preview of a draft is
/// the public page itself, not an imitation of it.
/// </summary>
public sealed record StudyPageView(
    int Id, string Slug, string? Authors, string? AuthorsNote, int Year, string Title, string? Journal,
    string? VolumeIssuePages, string? Doi, List<string> SourceUrls, string? Design, DesignCategory DesignCategory,
    string? Country, string? Setting, string? SampleSize, string? Population, List<string> OutcomesMeasured,
    string AppraisalHtml, string? Verification, DateOnly? LastReviewedOn)
{
    public IReadOnlyList<IGrouping<string, FindingView>> FindingsByOutcome { get; init; } = [];
    public IReadOnlyList<TopicLink> Topics { get; init; } = [];

    public string FullCitation => Citation.Full(Authors, Year, Title, Journal, VolumeIssuePages, Doi);

    /// <summary>Loads the first study of <paramref name="rows"/> with its findings; null when there is none.</summary>
    public static async Task<StudyPageView?> LoadAsync(PortalDbContext db, IQueryable<Study> rows, CancellationToken cancellationToken)
    {
        var study = await rows.AsNoTracking()
            .Select(s => new StudyPageView(s.Id, s.Slug, s.Authors, s.AuthorsNote, s.Year, s.Title, s.Journal,
                s.VolumeIssuePages, s.Doi, s.SourceUrls, s.Design, s.DesignCategory, s.Country, s.Setting, s.SampleSize,
                s.Population, s.OutcomesMeasured, s.AppraisalHtml, s.Verification, s.LastReviewedOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (study is null)
        {
            return null;
        }
        // The study row may be a draft (preview); its findings' interventions and outcomes must still be public.
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.StudyId == study.Id && f.Intervention!.Status == PublicationStatus.Published
                && f.Intervention.Topic!.Status == PublicationStatus.Published && f.Outcome!.Status == PublicationStatus.Published)
            .OrderBy(f => f.Outcome!.Order).ThenBy(f => f.Order)
            .Select(f => new FindingView(f.Outcome!.Name, f.Intervention!.Name, f.Intervention.Topic!.Slug,
                f.Intervention.Topic.Title, f.Direction, f.Kind, f.Note))
            .ToListAsync(cancellationToken);
        return study with
        {
            FindingsByOutcome = findings.GroupBy(f => f.Outcome).ToList(),
            Topics = findings.Select(f => new TopicLink(f.TopicSlug, f.TopicTitle)).Distinct().ToList(),
        };
    }

    public sealed record FindingView(
        string Outcome, string Intervention, string TopicSlug, string TopicTitle, EffectDirection Direction,
        FindingKind Kind, string Note);

    public sealed record TopicLink(string Slug, string Title);
}
