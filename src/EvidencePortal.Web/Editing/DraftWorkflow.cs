using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// Drafts and publishing for every editable record type, the one service the edit and history pages call. A
/// change is saved as a draft row; a live record keeps serving the public until its draft is published. Every
/// save is checked against the token the editor's form was built from, so a colleague's newer save is never
/// silently overwritten (the refusals are in DraftWorkflow.Conflicts.cs). Discarding, deleting and restoring
/// are in DraftWorkflow.Lifecycle.cs.
/// </summary>
public sealed partial class DraftWorkflow(
    PortalDbContext db, MarkdownRenderer markdown, RevisionRecorder revisions, AuditLog audit,
    PublishedChangeNotifier notifier, TimeProvider clock)
{
    /// <summary>The record with this (root) id, and the row an editor should edit: its draft if there is one.</summary>
    public async Task<EditState<T>?> LoadAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var root = await kind.WithChildren(db)
            .FirstOrDefaultAsync(r => r.Id == rootId && r.DraftOfId == null, cancellationToken);
        if (root is null)
        {
            return null;
        }
        var draft = await kind.WithChildren(db).FirstOrDefaultAsync(r => r.DraftOfId == rootId, cancellationToken);
        var editable = draft ?? root;
        return new EditState<T>(root, editable, new EditToken(editable.Id, editable.Version));
    }

    /// <summary>Creates a new record as a draft (never seen by the public until published).</summary>
    public async Task<EditResult> CreateAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        T record,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        record.Status = PublicationStatus.Draft;
        kind.Render(record, markdown);
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                kind.Set(db).Add(record);
                if (!await TrySaveAsync(token))
                {
                    return new EditResult(EditOutcome.SlugTaken);
                }
                var snapshot = await kind.SnapshotAsync(db, record, token);
                await revisions.AddAsync(
                    kind.EntityType,
                    record.Id,
                    RevisionAction.Created,
                    null,
                    snapshot,
                    null,
                    token
                );
                audit.Add(
                    AuditAction.Created,
                    $"Created {kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(record)}' as a draft",
                    kind.EntityType,
                    record.Id
                );
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return new EditResult(EditOutcome.Saved, record.Id);
            },
            cancellationToken
        );
    }

    /// <summary>Saves changes into the record's draft, starting one from the live version if needed.</summary>
    public async Task<EditResult> SaveDraftAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        Func<T, Task> apply,
        CancellationToken cancellationToken,
        RevisionAction action = RevisionAction.DraftSaved,
        string? note = null
    )
        where T : PublishableRecord
        where TInput : class
    {
        var (state, refusal) = await CheckedStateAsync(kind, rootId, token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var target = state!.Editable;
        RecordSnapshot<TInput> before;
        if (target.Id == state.Root.Id && state.IsLive)
        {
            before = await kind.SnapshotAsync(db, state.Root, cancellationToken);
            target = kind.NewDraftOf(state.Root);
            kind.CopyFields(state.Root, target);
            await kind.CopyChildrenAsync(db, state.Root, target, cancellationToken);
            kind.Set(db).Add(target);
        }
        else
        {
            before = await kind.SnapshotAsync(db, target, cancellationToken);
            db.Entry(target).Property(r => r.Version).OriginalValue = token.Version;
        }
        await apply(target);
        kind.Render(target, markdown);
        target.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var after = await kind.SnapshotAsync(db, target, cancellationToken);
        await revisions.AddAsync(kind.EntityType, rootId, action, before, after, note, cancellationToken);
        audit.Add(action == RevisionAction.Restored ? AuditAction.Restored : AuditAction.Edited,
            $"{(action == RevisionAction.Restored ? "Restored an earlier version of" : "Saved a draft of")} "
                + $"{kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(target)}'",
            kind.EntityType, rootId);
        return await SaveOrConflictAsync(kind, rootId, cancellationToken);
    }

    /// <summary>Makes the draft live: its values replace the live record's, and the draft row goes.</summary>
    public async Task<EditResult> PublishAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var (state, refusal) = await CheckedStateAsync(kind, rootId, token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!state!.HasUnpublishedChanges)
        {
            return new EditResult(EditOutcome.NothingToPublish, rootId);
        }
        var root = state.Root;
        var before =
            root.Status == PublicationStatus.Published ? await kind.SnapshotAsync(db, root, cancellationToken) : null;
        // What goes live is the draft as it stands, so the revision records the draft, before its findings move:
        // until the save, the live row's findings would hold the outgoing ones (marked for deletion) beside them.
        var after = await kind.SnapshotAsync(db, state.Editable, cancellationToken);
        if (state.Editable.Id != root.Id)
        {
            var draft = state.Editable;
            db.Entry(draft).Property(r => r.Version).OriginalValue = token.Version;
            kind.CopyFields(draft, root);
            await kind.MoveChildrenAsync(db, draft, root, cancellationToken);
            kind.Set(db).Remove(draft);
        }
        root.Status = PublicationStatus.Published;
        var now = clock.GetUtcNow().UtcDateTime;
        root.PublishedAt = now;
        root.UpdatedAt = now;
        kind.Render(root, markdown);
        await revisions.AddAsync(
            kind.EntityType,
            rootId,
            RevisionAction.Published,
            before,
            after,
            null,
            cancellationToken
        );
        audit.Add(
            AuditAction.Published,
            $"Published {kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(root)}'",
            kind.EntityType,
            rootId
        );
        var result = await SaveLiveChangeAsync(kind, rootId, cancellationToken);
        if (result.Succeeded)
        {
            await notifier.NotifyAsync(new PublishedChange(kind.EntityType, rootId, "published"), cancellationToken);
        }
        return result;
    }
}
