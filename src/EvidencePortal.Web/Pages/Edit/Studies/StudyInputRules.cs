using System.Globalization;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The checks on a study form that need more than one field or the store, and its mapping onto a study.</summary>
public static class StudyInputRules
{
    private static readonly StudyKind Kind = new();

    public static void Clean(StudyInput input)
    {
        InputFields.Clean(input);
        input.Findings.ForEach(InputFields.Clean);
        if (input.Doi is { } doi)
        {
            // People paste DOIs as links; the record keeps the bare DOI.
            input.Doi = doi.Replace("https://doi.org/", "", StringComparison.OrdinalIgnoreCase)
                .Replace("http://dx.doi.org/", "", StringComparison.OrdinalIgnoreCase).Trim();
        }
    }

    public static async Task CheckAsync(StudyInput input, ModelStateDictionary state, PortalDbContext db, int? rootId,
        CancellationToken cancellationToken)
    {
        var maxYear = DateTime.UtcNow.Year + 1;
        if (input.Year is not null && (!int.TryParse(input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > maxYear))
        {
            state.AddModelError("Input.Year", $"Enter the year as 4 digits between 1900 and {maxYear}, like 2019");
        }
        if (input.Authors is null && input.AuthorsNote is null)
        {
            state.AddModelError("Input.Authors", "Enter the authors, or explain in the note why they are not reported");
        }
        if (input.Doi is not null && !ContentRules.DoiPattern().IsMatch(input.Doi))
        {
            state.AddModelError("Input.Doi", "Enter a DOI like 10.1192/bjp.174.3.219, or leave it empty");
        }
        RecordRules.CheckWebAddresses(input.SourceUrls, state);
        var urls = FieldText.ToLines(input.SourceUrls);
        if (input.Doi is null && urls.Count == 0)
        {
            state.AddModelError("Input.SourceUrls", "Give a DOI or at least one source address, so readers can trace the study");
        }
        if (input.DesignCategory is not null && !Enum.TryParse<DesignCategory>(input.DesignCategory, out _))
        {
            state.AddModelError("Input.DesignCategory", "Choose a design group from the list");
        }
        if (input.LastReviewedOn is not null && FieldText.ToDate(input.LastReviewedOn) is null)
        {
            state.AddModelError("Input.LastReviewedOn", "Enter the date as YYYY-MM-DD, like 2026-11-26");
        }
        await CheckSlugAsync(input, state, db, rootId, cancellationToken);
        await CheckFindingsAsync(input, state, db, cancellationToken);
    }

    private static async Task CheckSlugAsync(StudyInput input, ModelStateDictionary state, PortalDbContext db, int? rootId, CancellationToken cancellationToken)
    {
        if (input.Slug is null)
        {
            var authors = Citation.AuthorList(input.Authors);
            var firstAuthor = authors.Count > 0 ? Citation.Surname(authors[0]) : "study";
            input.Slug = TextInput.Slug($"{firstAuthor} {input.Year} {string.Join(' ', (input.Title ?? "").Split(' ').Take(5))}");
        }
        if (!TextInput.IsSlug(input.Slug))
        {
            state.AddModelError("Input.Slug", "The address can only use lower-case letters, digits and single hyphens, like harris-1999-befriending");
        }
        else if (await db.Studies.AnyAsync(s => s.Slug == input.Slug && s.DraftOfId == null && s.Id != rootId, cancellationToken))
        {
            state.AddModelError("Input.Slug", "Another study already uses this address. Choose a different one");
        }
    }

    private static async Task CheckFindingsAsync(StudyInput input, ModelStateDictionary state, PortalDbContext db, CancellationToken cancellationToken)
    {
        var interventions = await db.Interventions.Where(i => i.DraftOfId == null).Select(i => i.Id).ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.Where(o => o.DraftOfId == null).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Findings.Count; i++)
        {
            var f = input.Findings[i];
            if (f.IsRemoved || f.IsBlank)
            {
                continue;
            }
            var key = $"Input.Findings[{i}]";
            if (!int.TryParse(f.InterventionId, out var intervention) || !interventions.Contains(intervention))
            {
                state.AddModelError($"{key}.InterventionId", $"Choose the intervention for finding {i + 1}");
            }
            if (!int.TryParse(f.OutcomeId, out var outcome) || !outcomes.Contains(outcome))
            {
                state.AddModelError($"{key}.OutcomeId", $"Choose the outcome for finding {i + 1}");
            }
            if (!Enum.TryParse<EffectDirection>(f.Direction, out _))
            {
                state.AddModelError($"{key}.Direction", $"Choose the direction of finding {i + 1}");
            }
            if (!Enum.TryParse<FindingKind>(f.Kind, out _))
            {
                state.AddModelError($"{key}.Kind", $"Choose whether finding {i + 1} is quantitative or qualitative");
            }
            if (f.Note is null)
            {
                state.AddModelError($"{key}.Note", $"Say in a sentence what finding {i + 1} was");
            }
        }
    }

    /// <summary>The form as a snapshot, to compare with the saved version after a conflict.</summary>
    public static async Task<RecordSnapshot> SnapshotAsync(StudyInput input, PortalDbContext db, CancellationToken cancellationToken)
    {
        var interventions = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var findings = input.Findings.Where(f => !f.IsRemoved && !f.IsBlank).Select(f =>
        {
            var intervention = FieldText.ToInt(f.InterventionId);
            var outcome = FieldText.ToInt(f.OutcomeId);
            return new FindingSnapshot(intervention, interventions.GetValueOrDefault(intervention, "?"), outcome,
                outcomes.GetValueOrDefault(outcome, "?"), f.Direction ?? "", f.Kind ?? "", f.Note ?? "");
        }).ToList();
        return new RecordSnapshot(InputFields.Values(input, Kind.Fields.Select(f => f.Name)), findings);
    }

    /// <summary>After a conflict, the fields (and findings) the editor chose to take from the saved version.</summary>
    public static void TakeCurrent(StudyInput input, RecordSnapshot current, IReadOnlyDictionary<string, string> resolve)
    {
        InputFields.TakeCurrent(input, current, resolve);
        if (resolve.GetValueOrDefault("Findings") == "current" && current.Findings is { } findings)
        {
            input.Findings = findings.Select(f => new FindingInput
            {
                InterventionId = FieldText.Int(f.InterventionId), OutcomeId = FieldText.Int(f.OutcomeId),
                Direction = f.Direction, Kind = f.Kind, Note = f.Note,
            }).ToList();
        }
    }

    /// <summary>Writes a valid form onto a study (a draft row), replacing its findings.</summary>
    public static void ApplyTo(StudyInput input, Study study, PortalDbContext db)
    {
        Kind.ApplyFields(study, new RecordSnapshot(InputFields.Values(input, Kind.Fields.Select(f => f.Name))));
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
        study.Findings = input.Findings.Where(f => !f.IsRemoved && !f.IsBlank).Select((f, i) => new Finding
        {
            InterventionId = int.Parse(f.InterventionId!, CultureInfo.InvariantCulture),
            OutcomeId = int.Parse(f.OutcomeId!, CultureInfo.InvariantCulture),
            Direction = Enum.Parse<EffectDirection>(f.Direction!), Kind = Enum.Parse<FindingKind>(f.Kind!), Note = f.Note!, Order = i + 1,
        }).ToList();
    }
}
