using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>One finding on the study form. Its checks need the store's interventions and outcomes: see <see
/// cref="StudyChecks"/>.</summary>
[CleanText]
public sealed class FindingInput
{
    [Display(Name = "Intervention")]
    [ChoiceOf(typeof(Intervention))]
    public string? InterventionId { get; set; }

    [Display(Name = "Outcome")]
    [ChoiceOf(typeof(Outcome))]
    public string? OutcomeId { get; set; }

    [Display(Name = "Direction")]
    [ChoiceOf(typeof(EffectDirection))]
    public string? Direction { get; set; }

    [Display(Name = "Kind of evidence")]
    [ChoiceOf(typeof(FindingKind))]
    public string? Kind { get; set; }

    [Display(Name = "What was found")]
    [StringLength(4000, ErrorMessage = "A finding's note must be 4,000 characters or fewer")]
    public string? Note { get; set; }

    /// <summary>Ticked when the editor asked to remove this finding on saving.</summary>
    public bool Remove { get; set; }

    /// <summary>An added row left empty, which saving ignores.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(InterventionId) && string.IsNullOrWhiteSpace(OutcomeId)
        && string.IsNullOrWhiteSpace(Direction) && string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Note);

    public bool IsKept => !Remove && !IsBlank;

    public static FindingInput From(Finding finding) => new()
    {
        InterventionId = FieldText.Int(finding.InterventionId), OutcomeId = FieldText.Int(finding.OutcomeId),
        Direction = finding.Direction.ToString(), Kind = finding.Kind.ToString(), Note = finding.Note,
    };

    public static FindingInput From(FindingSnapshot finding) => new()
    {
        InterventionId = FieldText.Int(finding.InterventionId), OutcomeId = FieldText.Int(finding.OutcomeId),
        Direction = finding.Direction, Kind = finding.Kind, Note = finding.Note,
    };

    /// <summary>The finding to store; only for a kept finding that passed its checks.</summary>
    public Finding ToFinding() =>
        new()
        {
            InterventionId = int.Parse(InterventionId!, CultureInfo.InvariantCulture),
            OutcomeId = int.Parse(OutcomeId!, CultureInfo.InvariantCulture),
            Direction = Enum.Parse<EffectDirection>(Direction!),
            Kind = Enum.Parse<FindingKind>(Kind!),
            Note = Note!,
        };
}
