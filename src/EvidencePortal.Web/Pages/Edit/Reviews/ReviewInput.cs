using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

/// <summary>The review form; property names match the review's fields (see ReviewKind).</summary>
public sealed class ReviewInput
{
    [Required(ErrorMessage = "Enter the review's title")]
    [StringLength(400, ErrorMessage = "The title must be 400 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter a short title, used in menus and breadcrumbs")]
    [StringLength(150, ErrorMessage = "The short title must be 150 characters or fewer")]
    public string? ShortTitle { get; set; }

    [Required(ErrorMessage = "Enter the authors")]
    [StringLength(400, ErrorMessage = "The authors must be 400 characters or fewer")]
    public string? Authors { get; set; }

    [Required(ErrorMessage = "Enter the publisher")]
    [StringLength(400, ErrorMessage = "The publisher must be 400 characters or fewer")]
    public string? Publisher { get; set; }

    [StringLength(400, ErrorMessage = "Commissioned by must be 400 characters or fewer")]
    public string? CommissionedBy { get; set; }

    [Required(ErrorMessage = "Enter the year and month of publication, like 2017-04")]
    [StringLength(7, ErrorMessage = "Enter the year and month of publication, like 2017-04")]
    public string? PublishedOn { get; set; }

    [Required(ErrorMessage = "Describe the review's scope")]
    [StringLength(2000, ErrorMessage = "The scope must be 2,000 characters or fewer")]
    public string? Scope { get; set; }

    [Required(ErrorMessage = "Enter the key message practitioners read first")]
    [StringLength(1000, ErrorMessage = "The key message must be 1,000 characters or fewer")]
    public string? KeyMessage { get; set; }

    [StringLength(20000, ErrorMessage = "The source addresses must be 20,000 characters or fewer in all")]
    public string? SourceUrls { get; set; }

    [StringLength(100_000, ErrorMessage = "Key findings must be 100,000 characters or fewer")]
    public string? KeyFindingsMarkdown { get; set; }

    [StringLength(100_000, ErrorMessage = "The overview must be 100,000 characters or fewer")]
    public string? OverviewMarkdown { get; set; }

    [StringLength(100_000, ErrorMessage = "The summary of studies must be 100,000 characters or fewer")]
    public string? SummaryOfStudiesMarkdown { get; set; }

    [StringLength(100_000, ErrorMessage = "Areas for future research must be 100,000 characters or fewer")]
    public string? FutureResearchMarkdown { get; set; }

    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    public string? Order { get; set; }

    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    public string? LastReviewedOn { get; set; }

    public static ReviewInput From(Review review) => new()
    {
        Title = review.Title, Slug = review.Slug, ShortTitle = review.ShortTitle, Authors = review.Authors, Publisher = review.Publisher,
        CommissionedBy = review.CommissionedBy, PublishedOn = review.PublishedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Scope = review.Scope, KeyMessage = review.KeyMessage, SourceUrls = FieldText.Lines(review.SourceUrls),
        KeyFindingsMarkdown = review.KeyFindingsMarkdown, OverviewMarkdown = review.OverviewMarkdown,
        SummaryOfStudiesMarkdown = review.SummaryOfStudiesMarkdown, FutureResearchMarkdown = review.FutureResearchMarkdown,
        Order = FieldText.Int(review.Order), LastReviewedOn = FieldText.Date(review.LastReviewedOn),
    };
}
