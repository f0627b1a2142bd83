using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>The choices the study form offers: interventions (by topic) and outcomes, drafts marked.</summary>
public sealed record StudyFormOptions(IReadOnlyList<Choice> Interventions, IReadOnlyList<Choice> Outcomes)
{
    public static async Task<StudyFormOptions> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var interventions = await db.Interventions.AsNoTracking()
            .Where(i => i.DraftOfId == null && i.Status != PublicationStatus.Deleted)
            .OrderBy(i => i.Topic!.Order).ThenBy(i => i.Order)
            .Select(i => new Choice(i.Id.ToString(), i.Topic!.Title + ": " + i.Name + (i.Status == PublicationStatus.Draft ? " (draft)" : "")))
            .ToListAsync(cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking()
            .Where(o => o.DraftOfId == null && o.Status != PublicationStatus.Deleted).OrderBy(o => o.Order)
            .Select(o => new Choice(o.Id.ToString(), o.Name + (o.Status == PublicationStatus.Draft ? " (draft)" : "")))
            .ToListAsync(cancellationToken);
        return new StudyFormOptions(interventions, outcomes);
    }

    public static IReadOnlyList<Choice> Designs { get; } =
        Enum.GetValues<DesignCategory>().Select(d => new Choice(d.ToString(), d.Label())).ToList();

    public static IReadOnlyList<Choice> Directions { get; } =
        Enum.GetValues<EffectDirection>().Select(d => new Choice(d.ToString(), d.Label())).ToList();

    public static IReadOnlyList<Choice> Kinds { get; } =
        Enum.GetValues<FindingKind>().Select(k => new Choice(k.ToString(), k.Label())).ToList();
}

public sealed record Choice(string Value, string Label);
