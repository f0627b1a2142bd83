namespace EvidencePortal.Web.Domain;

/// <summary>
/// What every editable record shares: an optimistic-concurrency version, timestamps,
/// and a publication state. A draft of a published record is a separate row pointing at it
/// (<see cref="DraftOfId"/>), so the live row keeps serving the public until the draft is published.
/// </summary>
public abstract class PublishableRecord
{
    public int Id { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Published;

    /// <summary>Set on a draft row that will replace the live row with this id when published.</summary>
    public int? DraftOfId { get; set; }

    /// <summary>Application-managed concurrency token: SQLite has no rowversion, so it is bumped on every
    /// save.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The day a person last checked this record against its sources.</summary>
    public DateOnly? LastReviewedOn { get; set; }
}

public enum PublicationStatus
{
    Draft = 0,
    Published = 1,
    Deleted = 2,
}
