using EvidencePortal.Web.Content;
using EvidencePortal.Web.Domain;
using static EvidencePortal.Web.Editing.FieldText;

namespace EvidencePortal.Web.Editing;

public sealed class TopicKind : RecordKind<Topic>
{
    public override string EntityType => "Topic";

    public override IReadOnlyList<FieldSpec<Topic>> Fields { get; } =
    [
        new("Title", "Title", t => t.Title, (t, v) => t.Title = v ?? ""),
        new("Slug", "Address (slug)", t => t.Slug, (t, v) => t.Slug = v ?? ""),
        new("Order", "Position", t => Int(t.Order), (t, v) => t.Order = ToInt(v)),
        new("KeyMessage", "Key message", t => t.KeyMessage, (t, v) => t.KeyMessage = v ?? ""),
        new("SummaryMarkdown", "Summary", t => t.SummaryMarkdown, (t, v) => t.SummaryMarkdown = v ?? ""),
        new("OverrideDirection", "Override: direction", t => Enum(t.OverrideDirection), (t, v) => t.OverrideDirection = ToEnum<HeadlineDirection>(v)),
        new("OverrideStrength", "Override: strength", t => Enum(t.OverrideStrength), (t, v) => t.OverrideStrength = ToEnum<EvidenceStrength>(v)),
        new("OverrideRationale", "Override: why", t => t.OverrideRationale, (t, v) => t.OverrideRationale = NullIfEmpty(v)),
        new("LastReviewedOn", "Last reviewed", t => Date(t.LastReviewedOn), (t, v) => t.LastReviewedOn = ToDate(v)),
    ];

    public override string TitleOf(Topic record) => record.Title;

    public override Topic NewDraftOf(Topic live) => new()
    {
        Slug = live.Slug, Title = live.Title, KeyMessage = live.KeyMessage, ReviewId = live.ReviewId, DraftOfId = live.Id,
        Status = PublicationStatus.Draft,
    };

    public override void Render(Topic record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);
}
