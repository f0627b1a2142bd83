namespace EvidencePortal.Web.Domain;

/// <summary>A published evidence review (one of a series) and the parts practitioners read first.</summary>
public class Review : PublishableRecord
{
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string ShortTitle { get; set; }
    public required string Authors { get; set; }
    public required string Publisher { get; set; }
    public string? CommissionedBy { get; set; }

    /// <summary>Month of publication, stored as the first day of that month.</summary>
    public DateOnly PublishedOn { get; set; }

    public required string Scope { get; set; }

    /// <summary>The one or two sentences a busy practitioner should take away.</summary>
    public required string KeyMessage { get; set; }

    public List<string> SourceUrls { get; set; } = [];

    // Each Markdown part is stored with its sanitised HTML, rendered once on import or save.
    public string OverviewMarkdown { get; set; } = "";
    public string OverviewHtml { get; set; } = "";
    public string SummaryOfStudiesMarkdown { get; set; } = "";
    public string SummaryOfStudiesHtml { get; set; } = "";
    public string KeyFindingsMarkdown { get; set; } = "";
    public string KeyFindingsHtml { get; set; } = "";
    public string FutureResearchMarkdown { get; set; } = "";
    public string FutureResearchHtml { get; set; } = "";

    public int Order { get; set; }

    public List<Topic> Topics { get; set; } = [];
}
