using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// The study form. Every value is text, so whatever an editor types comes back to them on an error
/// (a year of "19999" or "abc" is a message, never a binding failure).
/// </summary>
public sealed class StudyInput
{
    [Required(ErrorMessage = "Enter the study's title")]
    [StringLength(1000, ErrorMessage = "The title must be 1,000 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(150, ErrorMessage = "The address must be 150 characters or fewer")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "The authors must be 2,000 characters or fewer")]
    public string? Authors { get; set; }

    [StringLength(2000, ErrorMessage = "The note on the authors must be 2,000 characters or fewer")]
    public string? AuthorsNote { get; set; }

    [Required(ErrorMessage = "Enter the year the study was published, like 2019")]
    [StringLength(10, ErrorMessage = "Enter the year as 4 digits, like 2019")]
    public string? Year { get; set; }

    [StringLength(500, ErrorMessage = "The journal or publisher must be 500 characters or fewer")]
    public string? Journal { get; set; }

    [StringLength(100, ErrorMessage = "Volume, issue and pages must be 100 characters or fewer")]
    public string? VolumeIssuePages { get; set; }

    [StringLength(200, ErrorMessage = "The DOI must be 200 characters or fewer")]
    public string? Doi { get; set; }

    [StringLength(20000, ErrorMessage = "The source addresses must be 20,000 characters or fewer in all")]
    public string? SourceUrls { get; set; }

    [StringLength(500, ErrorMessage = "The design must be 500 characters or fewer")]
    public string? Design { get; set; }

    [Required(ErrorMessage = "Choose the design group")]
    public string? DesignCategory { get; set; }

    [StringLength(200, ErrorMessage = "The country must be 200 characters or fewer")]
    public string? Country { get; set; }

    [StringLength(1000, ErrorMessage = "The setting must be 1,000 characters or fewer")]
    public string? Setting { get; set; }

    [StringLength(500, ErrorMessage = "The sample size must be 500 characters or fewer")]
    public string? SampleSize { get; set; }

    [StringLength(2000, ErrorMessage = "The population must be 2,000 characters or fewer")]
    public string? Population { get; set; }

    [StringLength(5000, ErrorMessage = "The outcomes measured must be 5,000 characters or fewer")]
    public string? OutcomesMeasured { get; set; }

    [StringLength(20000, ErrorMessage = "The appraisal must be 20,000 characters or fewer")]
    public string? AppraisalMarkdown { get; set; }

    [StringLength(50, ErrorMessage = "The record check must be 50 characters or fewer")]
    public string? Verification { get; set; }

    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    public string? LastReviewedOn { get; set; }

    public List<FindingInput> Findings { get; set; } = [];

    public static StudyInput From(Study study) => new()
    {
        Title = study.Title, Slug = study.Slug, Authors = study.Authors, AuthorsNote = study.AuthorsNote,
        Year = FieldText.Int(study.Year), Journal = study.Journal, VolumeIssuePages = study.VolumeIssuePages, Doi = study.Doi,
        SourceUrls = FieldText.Lines(study.SourceUrls), Design = study.Design, DesignCategory = study.DesignCategory.ToString(),
        Country = study.Country, Setting = study.Setting, SampleSize = study.SampleSize, Population = study.Population,
        OutcomesMeasured = FieldText.Lines(study.OutcomesMeasured), AppraisalMarkdown = study.AppraisalMarkdown,
        Verification = study.Verification, LastReviewedOn = FieldText.Date(study.LastReviewedOn),
        Findings = study.Findings.OrderBy(f => f.Order).Select(FindingInput.From).ToList(),
    };
}

public sealed class FindingInput
{
    public string? InterventionId { get; set; }
    public string? OutcomeId { get; set; }
    public string? Direction { get; set; }
    public string? Kind { get; set; }

    [StringLength(4000, ErrorMessage = "A finding's note must be 4,000 characters or fewer")]
    public string? Note { get; set; }

    /// <summary>"true" when the editor ticked "Remove this finding".</summary>
    public string? Remove { get; set; }

    public bool IsRemoved => Remove == "true";

    public bool IsBlank => string.IsNullOrWhiteSpace(InterventionId) && string.IsNullOrWhiteSpace(OutcomeId)
        && string.IsNullOrWhiteSpace(Direction) && string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Note);

    public static FindingInput From(Finding finding) => new()
    {
        InterventionId = FieldText.Int(finding.InterventionId), OutcomeId = FieldText.Int(finding.OutcomeId),
        Direction = finding.Direction.ToString(), Kind = finding.Kind.ToString(), Note = finding.Note,
    };
}
