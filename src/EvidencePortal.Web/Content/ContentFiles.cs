namespace EvidencePortal.Web.Content;

// The shapes of the files in content/. Property names map to snake_case YAML keys
// (LastReviewed -> last_reviewed). Unknown keys are an error, so a typo is caught at start-up.

public sealed class OutcomesFile
{
    public List<OutcomeFile> Outcomes { get; set; } = [];
}

public sealed class OutcomeFile
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Social { get; set; }
    public string? Description { get; set; }
}

public sealed class ReviewFile
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string ShortTitle { get; set; } = "";
    public string Authors { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? CommissionedBy { get; set; }
    /// <summary>Year and month, e.g. 2017-04.</summary>
    public string Published { get; set; } = "";
    public string Scope { get; set; } = "";
    public string KeyMessage { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public string? LastReviewed { get; set; }
    public int Order { get; set; }
}

public sealed class TopicFile
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public int Order { get; set; }
    public string KeyMessage { get; set; } = "";
    public string? LastReviewed { get; set; }
    public List<InterventionFile> Interventions { get; set; } = [];
    public RatingOverrideFile? RatingOverride { get; set; }
}

public sealed class InterventionFile
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class RatingOverrideFile
{
    public string Direction { get; set; } = "";
    public string Strength { get; set; } = "";
    public string Rationale { get; set; } = "";
}

public sealed class StudyFile
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Authors { get; set; }
    public string? AuthorsNote { get; set; }
    public int Year { get; set; }
    public string? Journal { get; set; }
    public string? VolumeIssuePages { get; set; }
    public string? Doi { get; set; }
    public List<string> Sources { get; set; } = [];
    public string? Design { get; set; }
    public string DesignCategory { get; set; } = "";
    public string? Country { get; set; }
    public string? Setting { get; set; }
    public string? SampleSize { get; set; }
    public string? Population { get; set; }
    public List<string> OutcomesMeasured { get; set; } = [];
    public string? Verification { get; set; }
    public string? LastReviewed { get; set; }
    public List<FindingFile> Findings { get; set; } = [];
}

public sealed class FindingFile
{
    public string Intervention { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string Direction { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Note { get; set; } = "";
}

/// <summary>Everything read from content/, checked and ready to import.</summary>
public sealed record ContentSet(
    IReadOnlyList<OutcomeFile> Outcomes,
    IReadOnlyList<ReviewContent> Reviews,
    IReadOnlyList<StudyContent> Studies);

public sealed record ReviewContent(ReviewFile Meta, ReviewSections Sections, IReadOnlyList<TopicContent> Topics);

/// <summary>The four parts of a review's body, each under its own level-2 heading in review.md.</summary>
public sealed record ReviewSections(
    string Overview,
    string SummaryOfStudies,
    string KeyFindings,
    string FutureResearch
);

public sealed record TopicContent(TopicFile Meta, string SummaryMarkdown);

public sealed record StudyContent(StudyFile Meta, string AppraisalMarkdown);
