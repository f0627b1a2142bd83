namespace EvidencePortal.Web.Domain;

/// <summary>A kind of intervention within a topic (e.g. horticulture within activity-based interventions).</summary>
public class Intervention : PublishableRecord
{
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }

    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }

    public List<Finding> Findings { get; set; } = [];
}
