using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// What the draft workflow needs to know about one record type: its fields, how to make an empty
/// draft, how to render its Markdown, and (for studies) how its children travel with it.
/// </summary>
public abstract class RecordKind<T> where T : PublishableRecord
{
    public abstract string EntityType { get; }

    public abstract IReadOnlyList<FieldSpec<T>> Fields { get; }

    public abstract string TitleOf(T record);

    /// <summary>A new, empty draft of a live record, with its non-editable parent links.</summary>
    public abstract T NewDraftOf(T live);

    /// <summary>Re-renders every Markdown field into its stored HTML (once, on save).</summary>
    public virtual void Render(T record, MarkdownRenderer markdown)
    {
    }

    public virtual DbSet<T> Set(PortalDbContext db) => db.Set<T>();

    /// <summary>The rows with whatever children an edit changes (a study's findings).</summary>
    public virtual IQueryable<T> WithChildren(PortalDbContext db) => db.Set<T>();

    public virtual Task<RecordSnapshot> SnapshotAsync(PortalDbContext db, T record, CancellationToken cancellationToken) =>
        Task.FromResult(new RecordSnapshot(Fields.ToDictionary(f => f.Name, f => f.Get(record))));

    public void CopyFields(T from, T to)
    {
        foreach (var field in Fields)
        {
            field.Set(to, field.Get(from));
        }
    }

    public void ApplyFields(T to, RecordSnapshot snapshot)
    {
        foreach (var field in Fields)
        {
            if (snapshot.Fields.TryGetValue(field.Name, out var value))
            {
                field.Set(to, value);
            }
        }
    }

    /// <summary>Copies children (a study's findings) onto a new draft. Nothing to do for most types.</summary>
    public virtual Task CopyChildrenAsync(PortalDbContext db, T from, T to, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On publish, the draft's children replace the live record's.</summary>
    public virtual Task MoveChildrenAsync(PortalDbContext db, T draft, T live, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Restoring a revision puts back its children too.</summary>
    public virtual Task ApplyChildrenAsync(PortalDbContext db, T target, RecordSnapshot snapshot, CancellationToken cancellationToken) => Task.CompletedTask;
}
