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

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<FindingKind>().Select(k => new SelectListItem(k.Label(), k.ToString())).ToList();
}
