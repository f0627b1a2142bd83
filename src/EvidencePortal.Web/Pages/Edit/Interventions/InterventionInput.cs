using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Interventions;

/// <summary>The intervention form, and what a revision stores of an intervention. Labels are the form's and the
/// history's.</summary>
[CleanText]
public sealed class InterventionInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the intervention's name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Display(
        Name = "Short name used in addresses (optional)",
        Description = "Lower-case words joined by hyphens; made from the name if left empty"
    )]
    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    [Slug]
    public string? Slug { get; set; }

    [Display(Name = "Topic")]
    [ChoiceOf(typeof(Topic))]
    [Required(ErrorMessage = "Choose the topic this intervention belongs to")]
    public string? TopicId { get; set; }

    [Display(Name = "Description", Description = "What the intervention involves, in a sentence or two")]
    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string? Description { get; set; }

    [Display(Name = "Position within the topic")]
    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    [Position]
    public string? Order { get; set; }

    [Display(Name = "Last reviewed (optional)", Description = "YYYY-MM-DD")]
    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    [IsoDate]
    public string? LastReviewedOn { get; set; }

    public static InterventionInput From(Intervention intervention) => new()
    {
        Name = intervention.Name, Slug = intervention.Slug, TopicId = FieldText.Int(intervention.TopicId),
        Description = intervention.Description, Order = FieldText.Int(intervention.Order),
        LastReviewedOn = FieldText.Date(intervention.LastReviewedOn),
    };

    public void ApplyTo(Intervention intervention)
    {
        intervention.Name = Name ?? "";
        intervention.Slug = Slug ?? "";
        intervention.TopicId = FieldText.ToInt(TopicId);
        intervention.Description = FieldText.NullIfEmpty(Description);
        intervention.Order = FieldText.ToInt(Order);
        intervention.LastReviewedOn = FieldText.ToDate(LastReviewedOn);
    }
}
