namespace EvidencePortal.Web.Domain;

/// <summary>One study or review, cited in full, with its design, appraisal and findings.</summary>
public class Study : PublishableRecord
{
    /// <summary>The URL slug, e.g. harris-1999-befriending-chronic-depression.</summary>
    public required string Slug { get; set; }

    /// <summary>Null when no source confirmed the byline; shown as "not reported".</summary>
    public string? Authors { get; set; }
    public string? AuthorsNote { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? Journal { get; set; }
    public string? VolumeIssuePages { get; set; }
    public string? Doi { get; set; }
    public List<string> SourceUrls { get; set; } = [];

    /// <summary>The design as the authors reported it.</summary>
    public string? Design { get; set; }
    public DesignCategory DesignCategory { get; set; }
    public string? Country { get; set; }
    public string? Setting { get; set; }
    public string? SampleSize { get; set; }
    public string? Population { get; set; }
    public List<string> OutcomesMeasured { get; set; } = [];

    /// <summary>Appraisal notes in Markdown: strengths and limits a practitioner should weigh.</summary>
    public string AppraisalMarkdown { get; set; } = "";
    public string AppraisalHtml { get; set; } = "";

    /// <summary>How the record was checked against its sources: confirmed, corrected or doubtful.</summary>
    public string? Verification { get; set; }

    public List<Finding> Findings { get; set; } = [];
}
