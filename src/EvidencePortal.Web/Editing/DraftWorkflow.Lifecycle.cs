using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>Discarding a draft, soft deletion and its undoing, and restoring an earlier revision.</summary>
public sealed partial class DraftWorkflow
{
    /// <summary>Throws away unpublished changes to a live record; the live version stays as it was.</summary>
    public async Task<EditResult> DiscardDraftAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var state = await LoadAsync(kind, rootId, cancellationToken);
        if (state is null || state.Editable.Id == state.Root.Id)
        {
            return new EditResult(state is null ? EditOutcome.NotFound : EditOutcome.NothingToPublish, rootId);
        }
        if (state.Token != token)
        {
            return new EditResult(EditOutcome.Conflict, rootId);
        }
        db.Entry(state.Editable).Property(r => r.Version).OriginalValue = token.Version;
        kind.Set(db).Remove(state.Editable);
        var live = await kind.SnapshotAsync(db, state.Root, cancellationToken);
        await revisions.AddAsync(
            kind.EntityType,
            rootId,
            RevisionAction.DraftSaved,
            await kind.SnapshotAsync(db, state.Editable, cancellationToken),
            live,
            "Draft discarded",
            cancellationToken
        );
        audit.Add(
            AuditAction.Edited,
            $"Discarded the draft of {kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(state.Root)}'",
            kind.EntityType,
            rootId
        );
        return await SaveOrConflictAsync(kind, rootId, cancellationToken);
    }

    /// <summary>Withdraws a record from the public (soft delete). It and its history stay in the store.</summary>
    public Task<EditResult> DeleteAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class => ChangeStatusAsync(kind, rootId, token, deleting: true, cancellationToken);

    /// <summary>Brings a deleted record back: live again if it had been published, otherwise a draft.</summary>
    public Task<EditResult> UndeleteAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class => ChangeStatusAsync(kind, rootId, token, deleting: false, cancellationToken);

    /// <summary>Puts an earlier revision's values back into the draft, as a new revision of its own.</summary>
    public async Task<EditResult> RestoreRevisionAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        int number,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var revision = await db
            .Revisions.AsNoTracking()
            .FirstOrDefaultAsync(
                r => r.EntityType == kind.EntityType && r.EntityId == rootId && r.Number == number,
                cancellationToken
            );
        if (revision is null)
        {
            return new EditResult(EditOutcome.NotFound);
        }
        return await SaveDraftAsync(kind, rootId, token, async target =>
        {
            var snapshot = RecordSnapshot.FromJson(revision.SnapshotJson, kind.ToInput(target));
            kind.Apply(snapshot.Fields, target);
            await kind.ApplyChildrenAsync(db, target, snapshot, cancellationToken);
        }, cancellationToken, RevisionAction.Restored, $"Restored revision {number}");
    }

    private async Task<EditResult> ChangeStatusAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        bool deleting,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var state = await LoadAsync(kind, rootId, cancellationToken);
        if (state is null)
        {
            return new EditResult(EditOutcome.NotFound);
        }
        if (state.Token != token || state.IsDeleted != !deleting)
        {
            return new EditResult(EditOutcome.Conflict, rootId);
        }
        var root = state.Root;
        db.Entry(root).Property(r => r.Version).OriginalValue = root.Id == token.RowId ? token.Version : root.Version;
        var before = await kind.SnapshotAsync(db, root, cancellationToken);
        root.Status =
            deleting ? PublicationStatus.Deleted
            : root.PublishedAt is null ? PublicationStatus.Draft
            : PublicationStatus.Published;
        root.UpdatedAt = DateTime.UtcNow;
        await revisions.AddAsync(
            kind.EntityType,
            rootId,
            deleting ? RevisionAction.Deleted : RevisionAction.Restored,
            before,
            await kind.SnapshotAsync(db, root, cancellationToken),
            deleting ? "Deleted" : "Brought back after deletion",
            cancellationToken
        );
        audit.Add(
            deleting ? AuditAction.Deleted : AuditAction.Restored,
            $"{(deleting ? "Deleted" : "Restored")} {kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(root)}'",
            kind.EntityType,
            rootId
        );
        var result = await SaveLiveChangeAsync(kind, rootId, cancellationToken);
        if (result.Succeeded)
        {
            await notifier.NotifyAsync(
                new PublishedChange(kind.EntityType, rootId, deleting ? "deleted" : "restored"),
                cancellationToken
            );
        }
        return result;
    }
}
