namespace EvidencePortal.Web.Domain;

/// <summary>What one study found about one intervention's effect on one outcome.</summary>
public class Finding
{
    public int Id { get; set; }

    public int StudyId { get; set; }
    public Study? Study { get; set; }

    public int InterventionId { get; set; }
    public Intervention? Intervention { get; set; }

    public int OutcomeId { get; set; }
    public Outcome? Outcome { get; set; }

    public EffectDirection Direction { get; set; }
    public FindingKind Kind { get; set; }
    public required string Note { get; set; }
    public int Order { get; set; }
}
