using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// What the draft workflow needs to know about one record type: its edit form (<typeparamref name="TInput"/>,
/// which is also what a revision stores), how to make an empty draft, how to render its Markdown, and (for
/// studies) how its children travel with it.
/// </summary>
public abstract class RecordKind<T, TInput> where T : PublishableRecord where TInput : class
{
    public abstract string EntityType { get; }

    /// <summary>The edit form, whose fields a revision stores and whose labels name them.</summary>
    public Type InputType => typeof(TInput);

    public abstract string TitleOf(T record);

    /// <summary>A new, empty draft of a live record, with its non-editable parent links.</summary>
    public abstract T NewDraftOf(T live);

    /// <summary>The record's editable fields as its form holds them.</summary>
    public abstract TInput ToInput(T record);

    /// <summary>Writes a form's fields onto a record (children, such as findings, are not fields).</summary>
    public abstract void Apply(TInput input, T record);

    /// <summary>Re-renders every Markdown field into its stored HTML (once, on save).</summary>
    public virtual void Render(T record, MarkdownRenderer markdown)
    {
    }

    public DbSet<T> Set(PortalDbContext db) => db.Set<T>();

    /// <summary>The rows with whatever children an edit changes (a study's findings).</summary>
    public virtual IQueryable<T> WithChildren(PortalDbContext db) => db.Set<T>();

    public virtual Task<RecordSnapshot<TInput>> SnapshotAsync(
        PortalDbContext db,
        T record,
        CancellationToken cancellationToken
    ) => Task.FromResult(new RecordSnapshot<TInput>(ToInput(record)));

    public void CopyFields(T from, T to) => Apply(ToInput(from), to);

    /// <summary>Copies children (a study's findings) onto a new draft. Nothing to do for most types.</summary>
    public virtual Task CopyChildrenAsync(PortalDbContext db, T from, T to, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>On publish, the draft's children replace the live record's.</summary>
    public virtual Task MoveChildrenAsync(PortalDbContext db, T draft, T live, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Restoring a revision puts back its children too.</summary>
    public virtual Task ApplyChildrenAsync(
        PortalDbContext db,
        T target,
        RecordSnapshot<TInput> snapshot,
        CancellationToken cancellationToken
    ) => Task.CompletedTask;
}
