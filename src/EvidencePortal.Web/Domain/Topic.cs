namespace EvidencePortal.Web.Domain;

/// <summary>A group of interventions within a review, with its summary and headline rating.</summary>
public class Topic : PublishableRecord
{
    public int ReviewId { get; set; }
    public Review? Review { get; set; }

    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }

    /// <summary>Plain text shown first on the topic page and on its card.</summary>
    public required string KeyMessage { get; set; }

    public string SummaryMarkdown { get; set; } = "";
    public string SummaryHtml { get; set; } = "";

    // An editor may replace the computed rating, but only with a written rationale that is shown.
    public HeadlineDirection? OverrideDirection { get; set; }
    public EvidenceStrength? OverrideStrength { get; set; }
    public string? OverrideRationale { get; set; }

    public List<Intervention> Interventions { get; set; } = [];
}
