using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The choices the study form offers: interventions (by topic) and outcomes, drafts marked.</summary>
public sealed record StudyFormOptions(
    IReadOnlyList<SelectListItem> Interventions,
    IReadOnlyList<SelectListItem> Outcomes
)
{
    public static async Task<StudyFormOptions> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var interventions = await db.Interventions.AsNoTracking()
            .Where(i => i.DraftOfId == null && i.Status != PublicationStatus.Deleted)
            .OrderBy(i => i.Topic!.Order)
            .ThenBy(i => i.Order)
            .Select(i => new SelectListItem(
                i.Topic!.Title + ": " + i.Name + (i.Status == PublicationStatus.Draft ? " (draft)" : ""),
                i.Id.ToString()
            ))
            .ToListAsync(cancellationToken);
        var outcomes = await db
            .Outcomes.AsNoTracking()
            .Where(o => o.DraftOfId == null && o.Status != PublicationStatus.Deleted)
            .OrderBy(o => o.Order)
            .Select(o => new SelectListItem(
                o.Name + (o.Status == PublicationStatus.Draft ? " (draft)" : ""),
                o.Id.ToString()
            ))
            .ToListAsync(cancellationToken);
        return new StudyFormOptions(interventions, outcomes);
    }

    public static IReadOnlyList<SelectListItem> Designs { get; } =
        Enum.GetValues<DesignCategory>().Select(d => new SelectListItem(d.Label(), d.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Directions { get; } =
        Enum.GetValues<EffectDirection>().Select(d => new SelectListItem(d.Label(), d.ToString())).ToList();

    /// <summary>How the record was checked against its sources: the three values the portal knows.</summary>
    public static IReadOnlyList<SelectListItem> Checks { get; } =
    [
        new("Confirmed: every field matches its sources", "confirmed"),
        new("Corrected: fields were put right in a check", "corrected"),
        new("Doubtful: parts could not be confirmed", "doubtful"),
    ];

    /// <summary>The three, and any other value (saved before the choice existed, or sent by hand), shown so it is
    /// not lost unseen; saving refuses it until one of the three is chosen.</summary>
    public static IReadOnlyList<SelectListItem> ChecksWith(string? current) =>
        current is null || Checks.Any(c => c.Value == current)
            ? Checks
            : [.. Checks, new SelectListItem($"\"{current}\" is not one of these: choose one", current)];

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<FindingKind>().Select(k => new SelectListItem(k.Label(), k.ToString())).ToList();
}
