using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// The whole index written again from the store, and the count check that decides at start-up whether it
/// must be.
/// </summary>
public abstract partial class SearchIndex
{
    private static readonly string[] Tables =
    [
        "search_study_findings",
        "search_studies",
        "search_topics",
        "search_words",
    ];

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await InTransactionAsync(async () =>
        {
            foreach (var table in Tables)
            {
                await ExecuteAsync($"DELETE FROM {table}", new(), cancellationToken);
            }
        }, cancellationToken);
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var after = 0; ;)
        {
            var ids = await SearchDocuments.LiveStudyIdsAsync(Db, after, Batch, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }
            var documents = await SearchDocuments.StudiesAsync(Db, ids, cancellationToken);
            await InTransactionAsync(
                () => WriteStudiesAsync([], documents, known, cancellationToken),
                cancellationToken
            );
            after = ids[^1];
        }
        var topics = await SearchDocuments.TopicsAsync(Db, null, cancellationToken);
        await InTransactionAsync(() => WriteTopicsAsync([], topics, cancellationToken), cancellationToken);
        await WithConnectionAsync(async () => { await AfterRebuildAsync(cancellationToken); return 0; });
    }

    public async Task<bool> IsInStepAsync(CancellationToken cancellationToken)
    {
        var studies = await Db.Studies.Live().CountAsync(cancellationToken);
        var topics = await Db.Topics.Live().CountAsync(cancellationToken);
        return await WithConnectionAsync(async () =>
            Convert.ToInt32(await ScalarAsync("SELECT COUNT(*) FROM search_studies", new(), cancellationToken))
                == studies
            && Convert.ToInt32(await ScalarAsync("SELECT COUNT(*) FROM search_topics", new(), cancellationToken))
                == topics
        );
    }

    /// <summary>A chance to tidy the index after a full rebuild (FTS5 merges its segments).</summary>
    protected virtual Task AfterRebuildAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
