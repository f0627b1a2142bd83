namespace EvidencePortal.Web.Domain;

/// <summary>
/// One change to one record: who, when, what kind, the field-level before/after, and a full
/// snapshot so any earlier version can be restored. Revisions are never edited or deleted.
/// </summary>
public class Revision
{
    public long Id { get; set; }

    /// <summary>Study, Topic, Review, Intervention or Outcome.</summary>
    public required string EntityType { get; set; }

    /// <summary>The id of the live record (for a never-published record, its own id).</summary>
    public int EntityId { get; set; }

    /// <summary>1, 2, 3... per record, in order.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>JSON of the record's editable fields after the change.</summary>
    public required string SnapshotJson { get; set; }

    /// <summary>JSON list of {field, before, after} for the fields this change touched.</summary>
    public required string ChangesJson { get; set; }

    public string? Note { get; set; }
}

public enum RevisionAction
{
    Created,
    DraftSaved,
    Published,
    Deleted,
    Restored,
    Imported,
}

public static class RevisionActionText
{
    /// <summary>The action in words, as history shows it.</summary>
    public static string Label(this RevisionAction action) => action switch
    {
        RevisionAction.Created => "Created",
        RevisionAction.DraftSaved => "Draft saved",
        RevisionAction.Published => "Published",
        RevisionAction.Deleted => "Deleted",
        RevisionAction.Restored => "Restored",
        _ => "Imported",
    };
}
