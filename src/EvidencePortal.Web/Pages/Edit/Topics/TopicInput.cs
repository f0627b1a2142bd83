using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Topics;

/// <summary>The topic form; property names match the topic's fields (see TopicKind).</summary>
public sealed class TopicInput
{
    [Required(ErrorMessage = "Enter the topic's title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    public string? Slug { get; set; }

    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    public string? Order { get; set; }

    [Required(ErrorMessage = "Enter the key message practitioners read first")]
    [StringLength(1000, ErrorMessage = "The key message must be 1,000 characters or fewer")]
    public string? KeyMessage { get; set; }

    [Required(ErrorMessage = "Enter the summary")]
    [StringLength(100_000, ErrorMessage = "The summary must be 100,000 characters or fewer")]
    public string? SummaryMarkdown { get; set; }

    public string? OverrideDirection { get; set; }
    public string? OverrideStrength { get; set; }

    [StringLength(4000, ErrorMessage = "The reason for the override must be 4,000 characters or fewer")]
    public string? OverrideRationale { get; set; }

    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    public string? LastReviewedOn { get; set; }

    /// <summary>Only when adding a topic: the review it belongs to.</summary>
    public string? ReviewId { get; set; }

    public static TopicInput From(Topic topic) => new()
    {
        Title = topic.Title, Slug = topic.Slug, Order = FieldText.Int(topic.Order), KeyMessage = topic.KeyMessage,
        SummaryMarkdown = topic.SummaryMarkdown, OverrideDirection = FieldText.Enum(topic.OverrideDirection),
        OverrideStrength = FieldText.Enum(topic.OverrideStrength), OverrideRationale = topic.OverrideRationale,
        LastReviewedOn = FieldText.Date(topic.LastReviewedOn), ReviewId = FieldText.Int(topic.ReviewId),
    };
}
