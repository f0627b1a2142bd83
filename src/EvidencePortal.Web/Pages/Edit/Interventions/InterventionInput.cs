using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Interventions;

/// <summary>The intervention form; property names match the intervention's fields (see InterventionKind).</summary>
public sealed class InterventionInput
{
    [Required(ErrorMessage = "Enter the intervention's name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Choose the topic this intervention belongs to")]
    public string? TopicId { get; set; }

    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string? Description { get; set; }

    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    public string? Order { get; set; }

    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    public string? LastReviewedOn { get; set; }

    public static InterventionInput From(Intervention intervention) => new()
    {
        Name = intervention.Name, Slug = intervention.Slug, TopicId = FieldText.Int(intervention.TopicId),
        Description = intervention.Description, Order = FieldText.Int(intervention.Order),
        LastReviewedOn = FieldText.Date(intervention.LastReviewedOn),
    };
}
