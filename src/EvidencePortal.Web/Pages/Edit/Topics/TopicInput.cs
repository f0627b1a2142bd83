using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Topics;

/// <summary>The topic form, and what a revision stores of a topic. Labels are the form's and the history's.</summary>
[CleanText]
public sealed class TopicInput
{
    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the topic's title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Display(
        Name = "Page address (optional)",
        Description = "Lower-case words joined by hyphens; made from the title if left empty"
    )]
    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    [Slug]
    public string? Slug { get; set; }

    [Display(Name = "Position among the review’s topics")]
    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    [Position]
    public string? Order { get; set; }

    [Display(Name = "Key message", Description = "One or two plain sentences a busy practitioner reads first")]
    [Required(ErrorMessage = "Enter the key message practitioners read first")]
    [StringLength(1000, ErrorMessage = "The key message must be 1,000 characters or fewer")]
    public string? KeyMessage { get; set; }

    [Display(
        Name = "Summary",
        Description = "Markdown: ## for headings, **bold**, [link text](/studies/study-id). Raw HTML is shown as text."
    )]
    [Required(ErrorMessage = "Enter the summary")]
    [StringLength(100_000, ErrorMessage = "The summary must be 100,000 characters or fewer")]
    public string? SummaryMarkdown { get; set; }

    [Display(Name = "Direction of effect")]
    [ChoiceOf(typeof(HeadlineDirection))]
    public string? OverrideDirection { get; set; }

    [Display(Name = "Strength of evidence")]
    [ChoiceOf(typeof(EvidenceStrength))]
    public string? OverrideStrength { get; set; }

    [Display(Name = "Why the computed rating is overridden")]
    [StringLength(4000, ErrorMessage = "The reason for the override must be 4,000 characters or fewer")]
    public string? OverrideRationale { get; set; }

    [Display(Name = "Last reviewed", Description = "YYYY-MM-DD")]
    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    [IsoDate]
    public string? LastReviewedOn { get; set; }

    /// <summary>Only when adding a topic: the review it belongs to, which stays its review (so no revision holds
    /// it).</summary>
    [Display(Name = "Review")]
    [JsonIgnore]
    public string? ReviewId { get; set; }

    public static TopicInput From(Topic topic) => new()
    {
        Title = topic.Title, Slug = topic.Slug, Order = FieldText.Int(topic.Order), KeyMessage = topic.KeyMessage,
        SummaryMarkdown = topic.SummaryMarkdown, OverrideDirection = FieldText.Enum(topic.OverrideDirection),
        OverrideStrength = FieldText.Enum(topic.OverrideStrength), OverrideRationale = topic.OverrideRationale,
        LastReviewedOn = FieldText.Date(topic.LastReviewedOn),
    };

    public void ApplyTo(Topic topic)
    {
        topic.Title = Title ?? "";
        topic.Slug = Slug ?? "";
        topic.Order = FieldText.ToInt(Order);
        topic.KeyMessage = KeyMessage ?? "";
        topic.SummaryMarkdown = SummaryMarkdown ?? "";
        topic.OverrideDirection = FieldText.ToEnum<HeadlineDirection>(OverrideDirection);
        topic.OverrideStrength = FieldText.ToEnum<EvidenceStrength>(OverrideStrength);
        topic.OverrideRationale = FieldText.NullIfEmpty(OverrideRationale);
        topic.LastReviewedOn = FieldText.ToDate(LastReviewedOn);
    }
}
