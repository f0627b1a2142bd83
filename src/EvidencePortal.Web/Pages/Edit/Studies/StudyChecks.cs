using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The checks on a study form that span fields or need the store (each field's own are on <see
/// cref="StudyInput"/>).</summary>
public static class StudyChecks
{
    public static async Task CheckAsync(EditModel page, PortalDbContext db, CancellationToken cancellationToken)
    {
        var (input, state) = (page.Input, page.ModelState);
        if (input.Authors is null && input.AuthorsNote is null)
        {
            state.AddModelError<EditModel>(
                m => m.Input.Authors,
                "Enter the authors, or explain in the note why they are not reported"
            );
        }
        if (input.Doi is null && FieldText.ToLines(input.SourceUrls).Count == 0)
        {
            state.AddModelError<EditModel>(
                m => m.Input.SourceUrls,
                "Give a DOI or at least one source address, so readers can trace the study"
            );
        }
        input.Slug ??= DefaultSlug(input);
        if (
            await RecordRules.SlugTakenAsync(
                db.Studies,
                s => s.Slug,
                input.Slug,
                page.State?.Root.Id,
                cancellationToken
            )
        )
        {
            state.AddModelError<EditModel>(
                m => m.Input.Slug,
                "Another study already uses this address. Choose a different one"
            );
        }
        await CheckFindingsAsync(input, state, db, cancellationToken);
    }

    /// <summary>The first author's surname, the year and the title's first five words.</summary>
    private static string DefaultSlug(StudyInput input)
    {
        var authors = Citation.AuthorList(input.Authors);
        var firstAuthor = authors.Count > 0 ? Citation.Surname(authors[0]) : "study";
        return TextInput.Slug($"{firstAuthor} {input.Year} {string.Join(' ', (input.Title ?? "").Split(' ').Take(5))}");
    }

    private static async Task CheckFindingsAsync(
        StudyInput input,
        ModelStateDictionary state,
        PortalDbContext db,
        CancellationToken cancellationToken
    )
    {
        var interventions = await db
            .Interventions.Where(i => i.DraftOfId == null)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        var outcomes = await db
            .Outcomes.Where(o => o.DraftOfId == null)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        for (var i = 0; i < input.Findings.Count; i++)
        {
            var f = input.Findings[i];
            if (!f.IsKept)
            {
                continue;
            }
            if (!int.TryParse(f.InterventionId, out var intervention) || !interventions.Contains(intervention))
            {
                state.AddModelError<EditModel>(
                    m => m.Input.Findings[i].InterventionId,
                    $"Choose the intervention for finding {i + 1}"
                );
            }
            if (!int.TryParse(f.OutcomeId, out var outcome) || !outcomes.Contains(outcome))
            {
                state.AddModelError<EditModel>(
                    m => m.Input.Findings[i].OutcomeId,
                    $"Choose the outcome for finding {i + 1}"
                );
            }
            if (!Enum.TryParse<EffectDirection>(f.Direction, out _))
            {
                state.AddModelError<EditModel>(
                    m => m.Input.Findings[i].Direction,
                    $"Choose the direction of finding {i + 1}"
                );
            }
            if (!Enum.TryParse<FindingKind>(f.Kind, out _))
            {
                state.AddModelError<EditModel>(
                    m => m.Input.Findings[i].Kind,
                    $"Choose whether finding {i + 1} is quantitative or qualitative"
                );
            }
            if (f.Note is null)
            {
                state.AddModelError<EditModel>(
                    m => m.Input.Findings[i].Note,
                    $"Say in a sentence what finding {i + 1} was"
                );
            }
        }
    }

    /// <summary>The form as a snapshot, to compare with the saved version after a conflict.</summary>
    public static async Task<RecordSnapshot<StudyInput>> SnapshotAsync(
        StudyInput input,
        PortalDbContext db,
        CancellationToken cancellationToken
    )
    {
        var interventions = await db
            .Interventions.AsNoTracking()
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var findings = input.Findings.Where(f => f.IsKept).Select(f =>
        {
            var intervention = FieldText.ToInt(f.InterventionId);
            var outcome = FieldText.ToInt(f.OutcomeId);
            return new FindingSnapshot(intervention, interventions.GetValueOrDefault(intervention, "?"), outcome,
                outcomes.GetValueOrDefault(outcome, "?"), f.Direction ?? "", f.Kind ?? "", f.Note ?? "");
        }).ToList();
        return new RecordSnapshot<StudyInput>(input, findings);
    }
}
