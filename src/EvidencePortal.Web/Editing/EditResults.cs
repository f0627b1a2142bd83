using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Editing;

/// <summary>A record as an editor opens it: the live (or never-published) root, the row they edit, and its
/// token.</summary>
public sealed record EditState<T>(T Root, T Editable, EditToken Token) where T : PublishableRecord
{
    /// <summary>True when there are unpublished changes (a draft of a live record, or a new record).</summary>
    public bool HasUnpublishedChanges => Editable.Id != Root.Id || Root.Status == PublicationStatus.Draft;

    public bool IsLive => Root.Status == PublicationStatus.Published;
    public bool IsDeleted => Root.Status == PublicationStatus.Deleted;
}

public enum EditOutcome
{
    Saved,
    NotFound,
    Conflict,
    Deleted,
    SlugTaken,
    NothingToPublish,
}

/// <summary>What happened to an edit; after a conflict the page reloads the record to show what is saved now.</summary>
public sealed record EditResult(EditOutcome Outcome, int? RootId = null)
{
    public bool Succeeded => Outcome == EditOutcome.Saved;
}
