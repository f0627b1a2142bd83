namespace EvidencePortal.Web.Domain;

/// <summary>What a finding measured, e.g. loneliness. Social outcomes drive the headline rating.</summary>
public class Outcome : PublishableRecord
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>True for social networks, loneliness, social functioning, support and inclusion.</summary>
    public bool IsSocial { get; set; }

    public int Order { get; set; }
}
