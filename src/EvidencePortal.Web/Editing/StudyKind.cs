using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static EvidencePortal.Web.Editing.FieldText;

namespace EvidencePortal.Web.Editing;

public sealed class StudyKind : RecordKind<Study>
{
    public override string EntityType => "Study";

    public override IReadOnlyList<FieldSpec<Study>> Fields { get; } =
    [
        new("Title", "Title", s => s.Title, (s, v) => s.Title = v ?? ""),
        new("Slug", "Address (slug)", s => s.Slug, (s, v) => s.Slug = v ?? ""),
        new("Authors", "Authors", s => s.Authors, (s, v) => s.Authors = NullIfEmpty(v)),
        new("AuthorsNote", "Note on the authors", s => s.AuthorsNote, (s, v) => s.AuthorsNote = NullIfEmpty(v)),
        new("Year", "Year", s => Int(s.Year), (s, v) => s.Year = ToInt(v)),
        new("Journal", "Journal or publisher", s => s.Journal, (s, v) => s.Journal = NullIfEmpty(v)),
        new("VolumeIssuePages", "Volume, issue and pages", s => s.VolumeIssuePages, (s, v) => s.VolumeIssuePages = NullIfEmpty(v)),
        new("Doi", "DOI", s => s.Doi, (s, v) => s.Doi = NullIfEmpty(v)),
        new("SourceUrls", "Source addresses", s => Lines(s.SourceUrls), (s, v) => s.SourceUrls = ToLines(v)),
        new("Design", "Design as reported", s => s.Design, (s, v) => s.Design = NullIfEmpty(v)),
        new("DesignCategory", "Design group", s => s.DesignCategory.ToString(), (s, v) => s.DesignCategory = ToEnum<DesignCategory>(v) ?? DesignCategory.OtherReview),
        new("Country", "Country", s => s.Country, (s, v) => s.Country = NullIfEmpty(v)),
        new("Setting", "Setting", s => s.Setting, (s, v) => s.Setting = NullIfEmpty(v)),
        new("SampleSize", "Sample size", s => s.SampleSize, (s, v) => s.SampleSize = NullIfEmpty(v)),
        new("Population", "Population", s => s.Population, (s, v) => s.Population = NullIfEmpty(v)),
        new("OutcomesMeasured", "Outcomes measured", s => Lines(s.OutcomesMeasured), (s, v) => s.OutcomesMeasured = ToLines(v)),
        new("AppraisalMarkdown", "Appraisal", s => s.AppraisalMarkdown, (s, v) => s.AppraisalMarkdown = v ?? ""),
        new("Verification", "Record checked", s => s.Verification, (s, v) => s.Verification = NullIfEmpty(v)),
        new("LastReviewedOn", "Last reviewed", s => Date(s.LastReviewedOn), (s, v) => s.LastReviewedOn = ToDate(v)),
    ];

    public override string TitleOf(Study record) => record.Title;

    public override IQueryable<Study> WithChildren(PortalDbContext db) => db.Studies.Include(s => s.Findings);

    public override Study NewDraftOf(Study live) => new() { Slug = live.Slug, Title = live.Title, DraftOfId = live.Id, Status = PublicationStatus.Draft };

    public override void Render(Study record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);

    public override async Task<RecordSnapshot> SnapshotAsync(PortalDbContext db, Study record, CancellationToken cancellationToken)
    {
        var fields = (await base.SnapshotAsync(db, record, cancellationToken)).Fields;
        var findings = await FindingsOf(db, record, cancellationToken);
        return new RecordSnapshot(fields, findings);
    }

    /// <summary>The study's findings as they stand in the change tracker (saved or about to be).</summary>
    private static async Task<List<FindingSnapshot>> FindingsOf(PortalDbContext db, Study record, CancellationToken cancellationToken)
    {
        var interventions = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var findings = record.Id == 0 || db.Entry(record).Collection(s => s.Findings).IsLoaded
            ? record.Findings
            : await db.Findings.Where(f => f.StudyId == record.Id).ToListAsync(cancellationToken);
        return findings.OrderBy(f => f.Order).Select(f => new FindingSnapshot(
            f.InterventionId, interventions.GetValueOrDefault(f.InterventionId, "?"), f.OutcomeId,
            outcomes.GetValueOrDefault(f.OutcomeId, "?"), f.Direction.ToString(), f.Kind.ToString(), f.Note)).ToList();
    }

    public override async Task CopyChildrenAsync(PortalDbContext db, Study from, Study to, CancellationToken cancellationToken)
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.StudyId == from.Id).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        to.Findings = findings.Select(f => new Finding
        {
            InterventionId = f.InterventionId, OutcomeId = f.OutcomeId, Direction = f.Direction, Kind = f.Kind, Note = f.Note, Order = f.Order,
        }).ToList();
    }

    public override async Task MoveChildrenAsync(PortalDbContext db, Study draft, Study live, CancellationToken cancellationToken)
    {
        db.Findings.RemoveRange(await db.Findings.Where(f => f.StudyId == live.Id).ToListAsync(cancellationToken));
        foreach (var finding in await db.Findings.Where(f => f.StudyId == draft.Id).ToListAsync(cancellationToken))
        {
            finding.StudyId = live.Id;
        }
    }

    public override async Task ApplyChildrenAsync(PortalDbContext db, Study target, RecordSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.Findings is null)
        {
            return;
        }
        if (target.Id != 0)
        {
            db.Findings.RemoveRange(await db.Findings.Where(f => f.StudyId == target.Id).ToListAsync(cancellationToken));
        }
        var interventions = await db.Interventions.Select(i => i.Id).ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.Select(o => o.Id).ToListAsync(cancellationToken);
        // A finding whose intervention or outcome has since been removed cannot come back.
        target.Findings = snapshot.Findings
            .Where(f => interventions.Contains(f.InterventionId) && outcomes.Contains(f.OutcomeId))
            .Select((f, i) => new Finding
            {
                InterventionId = f.InterventionId, OutcomeId = f.OutcomeId,
                Direction = ToEnum<EffectDirection>(f.Direction) ?? EffectDirection.Unclear,
                Kind = ToEnum<FindingKind>(f.Kind) ?? FindingKind.Quantitative, Note = f.Note, Order = i + 1,
            }).ToList();
    }
}
