using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Renders a record's Markdown fields into the HTML the store keeps, each field with its own id scope: the one place
/// content import, editing, reference import and the upgrade of stored HTML all render through.
/// </summary>
public static class RecordHtml
{
    public static void Render(Review review, MarkdownRenderer markdown)
    {
        review.OverviewHtml = markdown.ToHtml(review.OverviewMarkdown, $"review-{review.Slug}-overview");
        review.SummaryOfStudiesHtml = markdown.ToHtml(review.SummaryOfStudiesMarkdown, $"review-{review.Slug}-summary");
        review.KeyFindingsHtml = markdown.ToHtml(review.KeyFindingsMarkdown, $"review-{review.Slug}-findings");
        review.FutureResearchHtml = markdown.ToHtml(review.FutureResearchMarkdown, $"review-{review.Slug}-future");
    }

    public static void Render(Topic topic, MarkdownRenderer markdown) =>
        topic.SummaryHtml = markdown.ToHtml(topic.SummaryMarkdown, $"topic-{topic.Slug}");

    public static void Render(Study study, MarkdownRenderer markdown) =>
        study.AppraisalHtml = markdown.ToHtml(study.AppraisalMarkdown, $"study-{study.Slug}");
}
