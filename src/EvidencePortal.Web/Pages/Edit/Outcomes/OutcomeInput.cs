using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Outcomes;

/// <summary>The outcome form; property names match the outcome's fields (see OutcomeKind).</summary>
public sealed class OutcomeInput
{
    [Required(ErrorMessage = "Enter the outcome's name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string? Description { get; set; }

    /// <summary>"true" when the outcome is social (it then counts towards headline ratings).</summary>
    public string? IsSocial { get; set; }

    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    public string? Order { get; set; }

    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    public string? LastReviewedOn { get; set; }

    public static OutcomeInput From(Outcome outcome) => new()
    {
        Name = outcome.Name, Slug = outcome.Slug, Description = outcome.Description, IsSocial = FieldText.Bool(outcome.IsSocial),
        Order = FieldText.Int(outcome.Order), LastReviewedOn = FieldText.Date(outcome.LastReviewedOn),
    };
}
