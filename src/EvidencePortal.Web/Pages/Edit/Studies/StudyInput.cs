using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// The study form, and what a revision stores of a study (with its findings beside it). Every value is text,
/// so whatever an editor types comes back to them on an error (a year of "19999" or "abc" is a message, never a
/// binding failure). Labels are the form's and the history's.
/// </summary>
[CleanText]
public sealed class StudyInput
{
    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the study's title")]
    [StringLength(1000, ErrorMessage = "The title must be 1,000 characters or fewer")]
    public string? Title { get; set; }

    [Display(
        Name = "Page address (optional)",
        Description = "Lower-case words joined by hyphens. "
            + "Left empty, one is made from the first author, year and title"
    )]
    [StringLength(150, ErrorMessage = "The address must be 150 characters or fewer")]
    [Slug(
        ErrorMessage = "The address can only use lower-case letters, digits and single hyphens, "
            + "like harris-1999-befriending"
    )]
    public string? Slug { get; set; }

    [Display(Name = "Authors", Description = "Surname and initials, separated by commas: Harris T, Brown GW")]
    [StringLength(2000, ErrorMessage = "The authors must be 2,000 characters or fewer")]
    public string? Authors { get; set; }

    [Display(
        Name = "Note on the authors (optional)",
        Description = "If the authors could not be confirmed, say why here and leave the authors empty"
    )]
    [StringLength(2000, ErrorMessage = "The note on the authors must be 2,000 characters or fewer")]
    public string? AuthorsNote { get; set; }

    [Display(Name = "Year published")]
    [Required(ErrorMessage = "Enter the year the study was published, like 2019")]
    [StringLength(10, ErrorMessage = "Enter the year as 4 digits, like 2019")]
    [PublicationYear]
    public string? Year { get; set; }

    [Display(Name = "Journal or publisher")]
    [StringLength(500, ErrorMessage = "The journal or publisher must be 500 characters or fewer")]
    public string? Journal { get; set; }

    [Display(Name = "Volume, issue and pages (optional)", Description = "Like 174(3):219-224")]
    [StringLength(100, ErrorMessage = "Volume, issue and pages must be 100 characters or fewer")]
    public string? VolumeIssuePages { get; set; }

    [Display(Name = "DOI (optional)", Description = "Like 10.1192/bjp.174.3.219")]
    [StringLength(200, ErrorMessage = "The DOI must be 200 characters or fewer")]
    [Doi]
    public string? Doi { get; set; }

    [Display(
        Name = "Source addresses",
        Description = "Where the record was checked: one web address per line, starting https://"
    )]
    [StringLength(20000, ErrorMessage = "The source addresses must be 20,000 characters or fewer in all")]
    [WebAddresses]
    public string? SourceUrls { get; set; }

    [Display(Name = "Design as the authors report it")]
    [StringLength(500, ErrorMessage = "The design must be 500 characters or fewer")]
    public string? Design { get; set; }

    [Display(
        Name = "Design group",
        Description = "Trials, controlled studies and systematic reviews of them "
            + "count as controlled evidence in ratings"
    )]
    [Required(ErrorMessage = "Choose the design group")]
    [EnumDataType(typeof(DesignCategory), ErrorMessage = "Choose a design group from the list")]
    public string? DesignCategory { get; set; }

    [Display(Name = "Country")]
    [StringLength(200, ErrorMessage = "The country must be 200 characters or fewer")]
    public string? Country { get; set; }

    [Display(Name = "Setting")]
    [StringLength(1000, ErrorMessage = "The setting must be 1,000 characters or fewer")]
    public string? Setting { get; set; }

    [Display(Name = "Sample size")]
    [StringLength(500, ErrorMessage = "The sample size must be 500 characters or fewer")]
    public string? SampleSize { get; set; }

    [Display(Name = "Population")]
    [StringLength(2000, ErrorMessage = "The population must be 2,000 characters or fewer")]
    public string? Population { get; set; }

    [Display(Name = "Outcomes measured", Description = "One per line")]
    [StringLength(5000, ErrorMessage = "The outcomes measured must be 5,000 characters or fewer")]
    public string? OutcomesMeasured { get; set; }

    [Display(
        Name = "Appraisal notes",
        Description = "Markdown. What a practitioner should weigh: design strengths and limits, gaps in the record"
    )]
    [StringLength(20000, ErrorMessage = "The appraisal must be 20,000 characters or fewer")]
    public string? AppraisalMarkdown { get; set; }

    [Display(Name = "Record checked", Description = "How the record was checked against its sources")]
    [AllowedValues(null, "confirmed", "corrected", "doubtful", ErrorMessage = "Choose how the record was checked")]
    public string? Verification { get; set; }

    [Display(Name = "Last reviewed against its sources", Description = "YYYY-MM-DD")]
    [StringLength(20, ErrorMessage = "Enter the date as YYYY-MM-DD, like 2026-11-26")]
    [IsoDate]
    public string? LastReviewedOn { get; set; }

    /// <summary>Not part of <see cref="RecordSnapshot{TInput}.Fields"/>: a revision keeps findings with their names
    /// beside it.</summary>
    [Display(Name = "Findings")]
    [JsonIgnore]
    public List<FindingInput> Findings { get; set; } = [];

    public static StudyInput From(Study study) =>
        new()
        {
            Title = study.Title,
            Slug = study.Slug,
            Authors = study.Authors,
            AuthorsNote = study.AuthorsNote,
            Year = FieldText.Int(study.Year),
            Journal = study.Journal,
            VolumeIssuePages = study.VolumeIssuePages,
            Doi = study.Doi,
            SourceUrls = FieldText.Lines(study.SourceUrls),
            Design = study.Design,
            DesignCategory = study.DesignCategory.ToString(),
            Country = study.Country,
            Setting = study.Setting,
            SampleSize = study.SampleSize,
            Population = study.Population,
            OutcomesMeasured = FieldText.Lines(study.OutcomesMeasured),
            AppraisalMarkdown = study.AppraisalMarkdown,
            Verification = study.Verification,
            LastReviewedOn = FieldText.Date(study.LastReviewedOn),
            Findings = study.Findings.OrderBy(f => f.Order).Select(FindingInput.From).ToList(),
        };

    /// <summary>Writes the fields onto a study; its findings are replaced separately (<see
    /// cref="StudyKind.ReplaceFindings"/>).</summary>
    public void ApplyTo(Study study)
    {
        study.Title = Title ?? "";
        study.Slug = Slug ?? "";
        study.Authors = FieldText.NullIfEmpty(Authors);
        study.AuthorsNote = FieldText.NullIfEmpty(AuthorsNote);
        study.Year = FieldText.ToInt(Year);
        study.Journal = FieldText.NullIfEmpty(Journal);
        study.VolumeIssuePages = FieldText.NullIfEmpty(VolumeIssuePages);
        study.Doi = FieldText.NullIfEmpty(Doi);
        study.SourceUrls = FieldText.ToLines(SourceUrls);
        study.Design = FieldText.NullIfEmpty(Design);
        study.DesignCategory = FieldText.ToEnum<DesignCategory>(DesignCategory) ?? Domain.DesignCategory.OtherReview;
        study.Country = FieldText.NullIfEmpty(Country);
        study.Setting = FieldText.NullIfEmpty(Setting);
        study.SampleSize = FieldText.NullIfEmpty(SampleSize);
        study.Population = FieldText.NullIfEmpty(Population);
        study.OutcomesMeasured = FieldText.ToLines(OutcomesMeasured);
        study.AppraisalMarkdown = AppraisalMarkdown ?? "";
        study.Verification = FieldText.NullIfEmpty(Verification);
        study.LastReviewedOn = FieldText.ToDate(LastReviewedOn);
    }
}
