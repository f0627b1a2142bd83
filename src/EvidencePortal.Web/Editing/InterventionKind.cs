using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Interventions;
using EvidencePortal.Web.Pages.Edit.Outcomes;

namespace EvidencePortal.Web.Editing;

public sealed class InterventionKind : RecordKind<Intervention, InterventionInput>
{
    public override string EntityType => "Intervention";

    public override string TitleOf(Intervention record) => record.Name;

    public override Intervention NewDraftOf(Intervention live) =>
        new()
        {
            Slug = live.Slug,
            Name = live.Name,
            TopicId = live.TopicId,
            DraftOfId = live.Id,
            Status = PublicationStatus.Draft,
        };

    public override InterventionInput ToInput(Intervention record) => InterventionInput.From(record);

    public override void Apply(InterventionInput input, Intervention record) => input.ApplyTo(record);
}

public sealed class OutcomeKind : RecordKind<Outcome, OutcomeInput>
{
    public override string EntityType => "Outcome";

    public override string TitleOf(Outcome record) => record.Name;

    public override Outcome NewDraftOf(Outcome live) => new()
    {
        Slug = live.Slug, Name = live.Name, DraftOfId = live.Id, Status = PublicationStatus.Draft,
    };

    public override OutcomeInput ToInput(Outcome record) => OutcomeInput.From(record);

    public override void Apply(OutcomeInput input, Outcome record) => input.ApplyTo(record);
}
