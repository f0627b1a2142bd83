using EvidencePortal.Web.Domain;
using static EvidencePortal.Web.Editing.FieldText;

namespace EvidencePortal.Web.Editing;

public sealed class InterventionKind : RecordKind<Intervention>
{
    public override string EntityType => "Intervention";

    public override IReadOnlyList<FieldSpec<Intervention>> Fields { get; } =
    [
        new("Name", "Name", i => i.Name, (i, v) => i.Name = v ?? ""),
        new("Slug", "Address (slug)", i => i.Slug, (i, v) => i.Slug = v ?? ""),
        new("TopicId", "Topic", i => Int(i.TopicId), (i, v) => i.TopicId = ToInt(v)),
        new("Description", "Description", i => i.Description, (i, v) => i.Description = NullIfEmpty(v)),
        new("Order", "Position", i => Int(i.Order), (i, v) => i.Order = ToInt(v)),
        new("LastReviewedOn", "Last reviewed", i => Date(i.LastReviewedOn), (i, v) => i.LastReviewedOn = ToDate(v)),
    ];

    public override string TitleOf(Intervention record) => record.Name;

    public override Intervention NewDraftOf(Intervention live) => new()
    {
        Slug = live.Slug, Name = live.Name, TopicId = live.TopicId, DraftOfId = live.Id, Status = PublicationStatus.Draft,
    };
}

public sealed class OutcomeKind : RecordKind<Outcome>
{
    public override string EntityType => "Outcome";

    public override IReadOnlyList<FieldSpec<Outcome>> Fields { get; } =
    [
        new("Name", "Name", o => o.Name, (o, v) => o.Name = v ?? ""),
        new("Slug", "Address (slug)", o => o.Slug, (o, v) => o.Slug = v ?? ""),
        new("Description", "Description", o => o.Description, (o, v) => o.Description = NullIfEmpty(v)),
        new("IsSocial", "Social outcome", o => Bool(o.IsSocial), (o, v) => o.IsSocial = v == "true"),
        new("Order", "Position", o => Int(o.Order), (o, v) => o.Order = ToInt(v)),
        new("LastReviewedOn", "Last reviewed", o => Date(o.LastReviewedOn), (o, v) => o.LastReviewedOn = ToDate(v)),
    ];

    public override string TitleOf(Outcome record) => record.Name;

    public override Outcome NewDraftOf(Outcome live) => new()
    {
        Slug = live.Slug, Name = live.Name, DraftOfId = live.Id, Status = PublicationStatus.Draft,
    };
}
