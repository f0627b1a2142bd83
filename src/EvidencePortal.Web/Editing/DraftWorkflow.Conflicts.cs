using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// Saving, where a colleague may have got there first: an edit of a record that is gone or deleted is refused,
/// a stale version or a second draft is refused as a conflict (audited), and the page shows what is saved now.
/// </summary>
public sealed partial class DraftWorkflow
{
    /// <summary>The record as it stands, or why an edit of it must be refused: gone, deleted, or changed since the form
    /// was built.</summary>
    private async Task<(EditState<T>? State, EditResult? Refusal)> CheckedStateAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        EditToken token,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var state = await LoadAsync(kind, rootId, cancellationToken);
        if (state is null)
        {
            return (null, new EditResult(EditOutcome.NotFound));
        }
        if (state.IsDeleted)
        {
            return (state, new EditResult(EditOutcome.Deleted, rootId));
        }
        return state.Token != token ? (state, await ConflictAsync(kind, state, cancellationToken)) : (state, null);
    }

    private async Task<EditResult> SaveOrConflictAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new EditResult(EditOutcome.Saved, rootId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ReloadedConflictAsync(kind, rootId, cancellationToken);
        }
        catch (DbUpdateException error) when (StoreErrors.IsUniqueViolation(error))
        {
            // Either a colleague started the draft first (one draft per record), or the address is taken.
            var conflict = await ReloadedConflictAsync(kind, rootId, cancellationToken);
            return StoreErrors.MentionsSlug(error) ? new EditResult(EditOutcome.SlugTaken, rootId) : conflict;
        }
    }

    /// <summary>A change the public sees saves in one transaction with the evidence summary derived from it, so the
    /// counts on public pages never disagree with the findings they count.</summary>
    private Task<EditResult> SaveLiveChangeAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class =>
        db.InTransactionAsync(
            async (transaction, token) =>
            {
                var result = await SaveOrConflictAsync(kind, rootId, token);
                if (result.Succeeded)
                {
                    await EvidenceSummary.RefreshAsync(db, kind.EntityType, rootId, token);
                    await transaction.CommitAsync(token);
                }
                return result;
            },
            cancellationToken
        );

    private async Task<EditResult> ReloadedConflictAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        db.ChangeTracker.Clear();
        var state = await LoadAsync(kind, rootId, cancellationToken);
        return state is null
            ? new EditResult(EditOutcome.NotFound)
            : await ConflictAsync(kind, state, cancellationToken);
    }

    private async Task<EditResult> ConflictAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        EditState<T> state,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        await audit.WriteAsync(
            AuditAction.Conflict,
            $"Save refused: {kind.EntityType.ToLowerInvariant()} '{kind.TitleOf(state.Editable)}' changed meanwhile",
            kind.EntityType,
            state.Root.Id,
            cancellationToken: cancellationToken
        );
        return new EditResult(EditOutcome.Conflict, state.Root.Id);
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (StoreErrors.IsUniqueViolation(error))
        {
            return false;
        }
    }

    /// <summary>Who made the record's latest change, and when (null before its first revision).</summary>
    public Task<Revision?> LastRevisionAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        int rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class =>
        db
            .Revisions.AsNoTracking()
            .Where(r => r.EntityType == kind.EntityType && r.EntityId == rootId)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
}
