using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

/// <summary>The review form, and what a revision stores of a review. Labels are the form's and the history's.</summary>
[CleanText]
public sealed class ReviewInput
{
    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the review's title")]
    [StringLength(400, ErrorMessage = "The title must be 400 characters or fewer")]
    public string? Title { get; set; }

    [Display(
        Name = "Page address (optional)",
        Description = "Lower-case words joined by hyphens; made from the short title if left empty"
    )]
    [StringLength(100, ErrorMessage = "The address must be 100 characters or fewer")]
    [Slug]
    public string? Slug { get; set; }

    [Display(Name = "Short title")]
    [Required(ErrorMessage = "Enter a short title, used in menus and breadcrumbs")]
    [StringLength(150, ErrorMessage = "The short title must be 150 characters or fewer")]
    public string? ShortTitle { get; set; }

    [Display(Name = "Authors")]
    [Required(ErrorMessage = "Enter the authors")]
    [StringLength(400, ErrorMessage = "The authors must be 400 characters or fewer")]
    public string? Authors { get; set; }

    [Display(Name = "Publisher")]
    [Required(ErrorMessage = "Enter the publisher")]
    [StringLength(400, ErrorMessage = "The publisher must be 400 characters or fewer")]
    public string? Publisher { get; set; }

    [Display(Name = "Commissioned by (optional)")]
    [StringLength(400, ErrorMessage = "Commissioned by must be 400 characters or fewer")]
    public string? CommissionedBy { get; set; }

    [Display(Name = "Published (year and month)", Description = "Like 2017-04")]
    [Required(ErrorMessage = "Enter the year and month of publication, like 2017-04")]
    [StringLength(7, ErrorMessage = "Enter the year and month of publication, like 2017-04")]
    [YearMonth(ErrorMessage = "Enter the year and month of publication, like 2017-04")]
    public string? PublishedOn { get; set; }

    [Display(Name = "Scope")]
    [Required(ErrorMessage = "Describe the review's scope")]
    [StringLength(2000, ErrorMessage = "The scope must be 2,000 characters or fewer")]
    public string? Scope { get; set; }

    [Display(Name = "Key message", Description = "One or two plain sentences a busy practitioner reads first")]
    [Required(ErrorMessage = "Enter the key message practitioners read first")]
    [StringLength(1000, ErrorMessage = "The key message must be 1,000 characters or fewer")]
    public string? KeyMessage { get; set; }

    [Display(Name = "Source addresses", Description = "One web address per line")]
    [StringLength(20000, ErrorMessage = "The source addresses must be 20,000 characters or fewer in all")]
    [WebAddresses]
    public string? SourceUrls { get; set; }

    [Display(
        Name = "Key findings",
        Description = "Markdown: ## for headings, - for lists, **bold**, [link text](address)"
    )]
    [StringLength(100_000, ErrorMessage = "Key findings must be 100,000 characters or fewer")]
    public string? KeyFindingsMarkdown { get; set; }

    [Display(Name = "Overview", Description = "Markdown: ## for headings, - for lists, **bold**, [link text](address)")]
    [StringLength(100_000, ErrorMessage = "The overview must be 100,000 characters or fewer")]
    public string? OverviewMarkdown { get; set; }

    [Display(
        Name = "Summary of studies",
        Description = "Markdown: ## for headings, - for lists, **bold**, [link text](address)"
    )]
    [StringLength(100_000, ErrorMessage = "The summary of studies must be 100,000 characters or fewer")]
    public string? SummaryOfStudiesMarkdown { get; set; }

    [Display(
        Name = "Areas for future research",
        Description = "Markdown: ## for headings, - for lists, **bold**, [link text](address)"
    )]
    [StringLength(100_000, ErrorMessage = "Areas for future research must be 100,000 characters or fewer")]
    public string? FutureResearchMarkdown { get; set; }

    [Display(Name = "Position among reviews")]
    [StringLength(10, ErrorMessage = "Enter the position as a whole number from 0 to 10000")]
    [Position]
    public string? Order { get; set; }

    [Display(Name = "Last reviewed", Description = "YYYY-MM-DD")]
    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    [IsoDate]
    public string? LastReviewedOn { get; set; }

    public static ReviewInput From(Review review) =>
        new()
        {
            Title = review.Title,
            Slug = review.Slug,
            ShortTitle = review.ShortTitle,
            Authors = review.Authors,
            Publisher = review.Publisher,
            CommissionedBy = review.CommissionedBy,
            PublishedOn = review.PublishedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Scope = review.Scope,
            KeyMessage = review.KeyMessage,
            SourceUrls = FieldText.Lines(review.SourceUrls),
            KeyFindingsMarkdown = review.KeyFindingsMarkdown,
            OverviewMarkdown = review.OverviewMarkdown,
            SummaryOfStudiesMarkdown = review.SummaryOfStudiesMarkdown,
            FutureResearchMarkdown = review.FutureResearchMarkdown,
            Order = FieldText.Int(review.Order),
            LastReviewedOn = FieldText.Date(review.LastReviewedOn),
        };

    public void ApplyTo(Review review)
    {
        review.Title = Title ?? "";
        review.Slug = Slug ?? "";
        review.ShortTitle = ShortTitle ?? "";
        review.Authors = Authors ?? "";
        review.Publisher = Publisher ?? "";
        review.CommissionedBy = FieldText.NullIfEmpty(CommissionedBy);
        review.PublishedOn = FieldText.ToDate(PublishedOn + "-01") ?? review.PublishedOn;
        review.Scope = Scope ?? "";
        review.KeyMessage = KeyMessage ?? "";
        review.SourceUrls = FieldText.ToLines(SourceUrls);
        review.KeyFindingsMarkdown = KeyFindingsMarkdown ?? "";
        review.OverviewMarkdown = OverviewMarkdown ?? "";
        review.SummaryOfStudiesMarkdown = SummaryOfStudiesMarkdown ?? "";
        review.FutureResearchMarkdown = FutureResearchMarkdown ?? "";
        review.Order = FieldText.ToInt(Order);
        review.LastReviewedOn = FieldText.ToDate(LastReviewedOn);
    }
}
