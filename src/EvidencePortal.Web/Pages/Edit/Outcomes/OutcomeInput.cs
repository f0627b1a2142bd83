using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Outcomes;

/// <summary>The outcome form, and what a revision stores of an outcome. Labels are the form's and the
/// history's.</summary>
[CleanText]
public sealed class OutcomeInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the outcome's name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Display(
        Name = "Short name used in addresses (optional)",
        Description = "Lower-case words joined by hyphens; made from the name if left empty"
    )]
    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    [Slug]
    public string? Slug { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string? Description { get; set; }

    /// <summary>A social outcome counts towards headline ratings; an unticked box posts nothing, which binds as
    /// false.</summary>
    [Display(
        Name = "A social outcome",
        Description = "Social outcomes (networks, loneliness, social functioning, support, inclusion) "
            + "are the ones topic ratings are computed from."
    )]
    public bool IsSocial { get; set; }

    [Display(Name = "Position in lists and the evidence map")]
    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    [Position]
    public string? Order { get; set; }

    [Display(Name = "Last reviewed (optional)", Description = "YYYY-MM-DD")]
    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    [IsoDate]
    public string? LastReviewedOn { get; set; }

    public static OutcomeInput From(Outcome outcome) => new()
    {
        Name = outcome.Name, Slug = outcome.Slug, Description = outcome.Description, IsSocial = outcome.IsSocial,
        Order = FieldText.Int(outcome.Order), LastReviewedOn = FieldText.Date(outcome.LastReviewedOn),
    };

    public void ApplyTo(Outcome outcome)
    {
        outcome.Name = Name ?? "";
        outcome.Slug = Slug ?? "";
        outcome.Description = FieldText.NullIfEmpty(Description);
        outcome.IsSocial = IsSocial;
        outcome.Order = FieldText.ToInt(Order);
        outcome.LastReviewedOn = FieldText.ToDate(LastReviewedOn);
    }
}
