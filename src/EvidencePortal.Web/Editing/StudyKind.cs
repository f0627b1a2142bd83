using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Studies;
using Microsoft.EntityFrameworkCore;
using static EvidencePortal.Web.Editing.FieldText;

namespace EvidencePortal.Web.Editing;

public sealed class StudyKind : RecordKind<Study, StudyInput>
{
    public override string EntityType => "Study";

    public override string TitleOf(Study record) => record.Title;

    public override IQueryable<Study> WithChildren(PortalDbContext db) => db.Studies.Include(s => s.Findings);

    public override Study NewDraftOf(Study live) =>
        new()
        {
            Slug = live.Slug,
            Title = live.Title,
            DraftOfId = live.Id,
            Status = PublicationStatus.Draft,
        };

    public override StudyInput ToInput(Study record) => StudyInput.From(record);

    public override void Apply(StudyInput input, Study record) => input.ApplyTo(record);

    public override void Render(Study record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);

    public override async Task<RecordSnapshot<StudyInput>> SnapshotAsync(
        PortalDbContext db,
        Study record,
        CancellationToken cancellationToken
    ) => new(ToInput(record), await FindingsOfAsync(db, record, cancellationToken));

    /// <summary>The study's findings as they stand in the change tracker (saved or about to be).</summary>
    private static async Task<List<FindingSnapshot>> FindingsOfAsync(
        PortalDbContext db,
        Study record,
        CancellationToken cancellationToken
    )
    {
        var interventions = await db
            .Interventions.AsNoTracking()
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var findings = record.Id == 0 || db.Entry(record).Collection(s => s.Findings).IsLoaded
            ? record.Findings
            : await db.Findings.Where(f => f.StudyId == record.Id).ToListAsync(cancellationToken);
        return findings.OrderBy(f => f.Order).Select(f => new FindingSnapshot(
            f.InterventionId, interventions.GetValueOrDefault(f.InterventionId, "?"), f.OutcomeId,
            outcomes.GetValueOrDefault(f.OutcomeId, "?"), f.Direction.ToString(), f.Kind.ToString(), f.Note)).ToList();
    }

    public override async Task CopyChildrenAsync(
        PortalDbContext db,
        Study from,
        Study to,
        CancellationToken cancellationToken
    )
    {
        var findings = await db
            .Findings.AsNoTracking()
            .Where(f => f.StudyId == from.Id)
            .OrderBy(f => f.Order)
            .ToListAsync(cancellationToken);
        to.Findings = findings
            .Select(f => new Finding
            {
                InterventionId = f.InterventionId,
                OutcomeId = f.OutcomeId,
                Direction = f.Direction,
                Kind = f.Kind,
                Note = f.Note,
                Order = f.Order,
            })
            .ToList();
    }

    public override async Task MoveChildrenAsync(
        PortalDbContext db,
        Study draft,
        Study live,
        CancellationToken cancellationToken
    )
    {
        db.Findings.RemoveRange(await db.Findings.Where(f => f.StudyId == live.Id).ToListAsync(cancellationToken));
        foreach (var finding in await db.Findings.Where(f => f.StudyId == draft.Id).ToListAsync(cancellationToken))
        {
            finding.StudyId = live.Id;
        }
    }

    public override async Task ApplyChildrenAsync(
        PortalDbContext db,
        Study target,
        RecordSnapshot<StudyInput> snapshot,
        CancellationToken cancellationToken
    )
    {
        if (snapshot.Findings is null)
        {
            return;
        }
        var interventions = await db.Interventions.Select(i => i.Id).ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.Select(o => o.Id).ToListAsync(cancellationToken);
        // A finding whose intervention or outcome has since been removed cannot come back.
        ReplaceFindings(db, target, snapshot.Findings
            .Where(f => interventions.Contains(f.InterventionId) && outcomes.Contains(f.OutcomeId))
            .Select(f => new Finding
            {
                InterventionId = f.InterventionId, OutcomeId = f.OutcomeId,
                Direction = ToEnum<EffectDirection>(f.Direction) ?? EffectDirection.Unclear,
                Kind = ToEnum<FindingKind>(f.Kind) ?? FindingKind.Quantitative, Note = f.Note,
            }));
    }

    /// <summary>Replaces the findings of a study (a draft row, loaded with them) by these, numbered in this
    /// order.</summary>
    public static void ReplaceFindings(PortalDbContext db, Study study, IEnumerable<Finding> findings)
    {
        foreach (var old in study.Findings.ToList())
        {
            if (old.Id == 0)
            {
                db.Entry(old).State = EntityState.Detached;
            }
            else
            {
                db.Findings.Remove(old);
            }
        }
        study.Findings = findings.Select((f, i) =>
        {
            f.Order = i + 1;
            return f;
        }).ToList();
    }
}
