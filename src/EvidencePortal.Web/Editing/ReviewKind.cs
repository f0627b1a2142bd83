using System.Globalization;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Domain;
using static EvidencePortal.Web.Editing.FieldText;

namespace EvidencePortal.Web.Editing;

public sealed class ReviewKind : RecordKind<Review>
{
    public override string EntityType => "Review";

    public override IReadOnlyList<FieldSpec<Review>> Fields { get; } =
    [
        new("Title", "Title", r => r.Title, (r, v) => r.Title = v ?? ""),
        new("Slug", "Address (slug)", r => r.Slug, (r, v) => r.Slug = v ?? ""),
        new("ShortTitle", "Short title", r => r.ShortTitle, (r, v) => r.ShortTitle = v ?? ""),
        new("Authors", "Authors", r => r.Authors, (r, v) => r.Authors = v ?? ""),
        new("Publisher", "Publisher", r => r.Publisher, (r, v) => r.Publisher = v ?? ""),
        new("CommissionedBy", "Commissioned by", r => r.CommissionedBy, (r, v) => r.CommissionedBy = NullIfEmpty(v)),
        new("PublishedOn", "Published (year and month)", r => r.PublishedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            (r, v) => r.PublishedOn = ToDate(v + "-01") ?? r.PublishedOn),
        new("Scope", "Scope", r => r.Scope, (r, v) => r.Scope = v ?? ""),
        new("KeyMessage", "Key message", r => r.KeyMessage, (r, v) => r.KeyMessage = v ?? ""),
        new("SourceUrls", "Source addresses", r => Lines(r.SourceUrls), (r, v) => r.SourceUrls = ToLines(v)),
        new("KeyFindingsMarkdown", "Key findings", r => r.KeyFindingsMarkdown, (r, v) => r.KeyFindingsMarkdown = v ?? ""),
        new("OverviewMarkdown", "Overview", r => r.OverviewMarkdown, (r, v) => r.OverviewMarkdown = v ?? ""),
        new("SummaryOfStudiesMarkdown", "Summary of studies", r => r.SummaryOfStudiesMarkdown, (r, v) => r.SummaryOfStudiesMarkdown = v ?? ""),
        new("FutureResearchMarkdown", "Areas for future research", r => r.FutureResearchMarkdown, (r, v) => r.FutureResearchMarkdown = v ?? ""),
        new("Order", "Position", r => Int(r.Order), (r, v) => r.Order = ToInt(v)),
        new("LastReviewedOn", "Last reviewed", r => Date(r.LastReviewedOn), (r, v) => r.LastReviewedOn = ToDate(v)),
    ];

    public override string TitleOf(Review record) => record.Title;

    public override Review NewDraftOf(Review live) => new()
    {
        Slug = live.Slug, Title = live.Title, ShortTitle = live.ShortTitle, Authors = live.Authors, Publisher = live.Publisher,
        Scope = live.Scope, KeyMessage = live.KeyMessage, DraftOfId = live.Id, Status = PublicationStatus.Draft,
    };

    public override void Render(Review record, MarkdownRenderer markdown) => RecordHtml.Render(record, markdown);
}
