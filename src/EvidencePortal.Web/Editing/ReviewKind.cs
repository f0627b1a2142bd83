using EvidencePortal.Web.Content;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Reviews;

namespace EvidencePortal.Web.Editing;

public sealed class ReviewKind : RecordKind<Review, ReviewInput>
{
    public override string EntityType => "Review";

    public override string TitleOf(Review record) => record.Title;

    public override Review NewDraftOf(Review live) =>
        new()
        {
            Slug = live.Slug,
            Title = live.Title,
            ShortTitle = live.ShortTitle,
            Authors = live.Authors,
            Publisher = live.Publisher,
            Scope = live.Scope,
            KeyMessage = live.KeyMessage,
            DraftOfId = live.Id,
            Status = PublicationStatus.Draft,
        };

    public override ReviewInput ToInput(Review record) => ReviewInput.From(record);

    public override void Apply(ReviewInput input, Review record) => input.ApplyTo(record);

    public override void Render(Review record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);
}
