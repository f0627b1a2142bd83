using EvidencePortal.Web.Content;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Topics;

namespace EvidencePortal.Web.Editing;

public sealed class TopicKind : RecordKind<Topic, TopicInput>
{
    public override string EntityType => "Topic";

    public override string TitleOf(Topic record) => record.Title;

    public override Topic NewDraftOf(Topic live) =>
        new()
        {
            Slug = live.Slug,
            Title = live.Title,
            KeyMessage = live.KeyMessage,
            ReviewId = live.ReviewId,
            DraftOfId = live.Id,
            Status = PublicationStatus.Draft,
        };

    public override TopicInput ToInput(Topic record) => TopicInput.From(record);

    public override void Apply(TopicInput input, Topic record) => input.ApplyTo(record);

    public override void Render(Topic record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);
}
