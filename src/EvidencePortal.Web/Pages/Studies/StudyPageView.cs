using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>The published study with this slug, with its findings; null when there is none.</summary>
    public static Task<StudyPageView?> LoadLiveAsync(
        PortalDbContext db,
        string slug,
        CancellationToken cancellationToken
    ) => LoadAsync(db, queries => queries.LiveStudyBySlug(db, slug, cancellationToken), cancellationToken);

    /// <summary>Any study row (an editor's preview of a draft), with its public findings; null when there is
    /// none.</summary>
    public static Task<StudyPageView?> LoadRowAsync(
        PortalDbContext db,
        int rowId,
        CancellationToken cancellationToken
    ) => LoadAsync(db, queries => queries.StudyRowById(db, rowId, cancellationToken), cancellationToken);

    private static async Task<StudyPageView?> LoadAsync(PortalDbContext db,
        Func<CompiledQueries, Task<StudyPageView?>> loadStudy, CancellationToken cancellationToken)
    {
        var queries = CompiledQueries.Of(db);
        // One connection for both queries: opening a pooled SQLite connection runs the pragmas and registers
        // EF Core's functions each time, so opening it once saves that work on every uncached page.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var study = await loadStudy(queries);
            if (study is null)
            {
                return null;
            }
            var findings = await queries.PublicFindingsOfStudy(db, study.Id).ToListAsync(cancellationToken);
            return study with
            {
                FindingsByOutcome = findings.GroupBy(f => f.Outcome).ToList(),
                Topics = findings.Select(f => new TopicLink(f.TopicSlug, f.TopicTitle)).Distinct().ToList(),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Compiled queries: EF Core otherwise rebuilds, hashes and looks up each query's expression tree on every request.
    // A compiled query serves one model only, and a process can hold two (SQLite and PostgreSQL side by side in the
    // tests), so there is one set per model.
    private sealed class CompiledQueries
    {
        private static readonly ConditionalWeakTable<IModel, CompiledQueries> PerModel = [];

        public static CompiledQueries Of(PortalDbContext db) => PerModel.GetValue(db.Model, _ => new CompiledQueries());

        private static readonly Expression<Func<Study, StudyPageView>> FromRow = s => new StudyPageView(
            s.Id, s.Slug, s.Authors, s.AuthorsNote, s.Year, s.Title, s.Journal, s.VolumeIssuePages, s.Doi, s.SourceUrls,
            s.Design, s.DesignCategory, s.Country, s.Setting, s.SampleSize, s.Population, s.OutcomesMeasured,
            s.AppraisalHtml, s.Verification, s.LastReviewedOn);

        public readonly Func<PortalDbContext, string, CancellationToken, Task<StudyPageView?>> LiveStudyBySlug =
            EF.CompileAsyncQuery((PortalDbContext db, string slug, CancellationToken _) => db.Studies.AsNoTracking()
                .Where(LiveQueries.IsLive<Study>()).Where(s => s.Slug == slug)
                .Select(FromRow)
                .FirstOrDefault());

        public readonly Func<PortalDbContext, int, CancellationToken, Task<StudyPageView?>> StudyRowById =
            EF.CompileAsyncQuery((PortalDbContext db, int rowId, CancellationToken _) => db.Studies.AsNoTracking()
                .Where(s => s.Id == rowId)
                .Select(FromRow)
                .FirstOrDefault());

        // The study row may be a draft (preview); its findings' interventions and outcomes must still be public.
        public readonly Func<PortalDbContext, int, IAsyncEnumerable<FindingView>> PublicFindingsOfStudy =
            EF.CompileAsyncQuery(
                (PortalDbContext db, int studyId) =>
                    db
                        .Findings.AsNoTracking()
                        .Where(f =>
                            f.StudyId == studyId
                            && f.Intervention!.Status == PublicationStatus.Published
                            && f.Intervention.Topic!.Status == PublicationStatus.Published
                            && f.Outcome!.Status == PublicationStatus.Published
                        )
                        .OrderBy(f => f.Outcome!.Order)
                        .ThenBy(f => f.Order)
                        .Select(f => new FindingView(
                            f.Outcome!.Name,
                            f.Intervention!.Name,
                            f.Intervention.Topic!.Slug,
                            f.Intervention.Topic.Title,
                            f.Direction,
                            f.Kind,
                            f.Note
                        ))
            );
    }

    public sealed record FindingView(
        string Outcome, string Intervention, string TopicSlug, string TopicTitle, EffectDirection Direction,
        FindingKind Kind, string Note);

    public sealed record TopicLink(string Slug, string Title);
}
