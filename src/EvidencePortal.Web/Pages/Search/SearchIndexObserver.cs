using EvidencePortal.Web.Data;
using EvidencePortal.Web.Publishing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Keeps the search index in step with what the public sees. Told of every publish, withdrawal,
/// restore and import, it re-indexes the records the change can reach: a study itself; a topic and the
/// studies with findings in it; the studies with findings on an intervention or outcome. A change it
/// cannot place (no id, an import, an unknown type) rebuilds the whole index.
/// </summary>
public sealed class SearchIndexObserver(PortalDbContext db, ISearchIndex index, IOutputCacheStore cache)
    : IPublishedChangeObserver
{
    public async Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        if (change.EntityId is not { } id)
        {
            await index.RebuildAsync(cancellationToken);
        }
        else
        {
            switch (change.EntityType)
            {
                case "Study":
                    await index.ReindexStudiesAsync(
                        await RelatedAsync(db.Studies, id, cancellationToken),
                        cancellationToken
                    );
                    break;
                case "Topic":
                    var topics = await RelatedAsync(db.Topics, id, cancellationToken);
                    await index.ReindexTopicsAsync(topics, cancellationToken);
                    await index.ReindexStudiesAsync(
                        await StudiesWithFindingsAsync(
                            f => topics.Contains(f.Intervention!.TopicId),
                            cancellationToken
                        ),
                        cancellationToken
                    );
                    break;
                case "Intervention":
                    var interventions = await RelatedAsync(db.Interventions, id, cancellationToken);
                    await index.ReindexStudiesAsync(
                        await StudiesWithFindingsAsync(
                            f => interventions.Contains(f.InterventionId),
                            cancellationToken
                        ),
                        cancellationToken
                    );
                    break;
                case "Outcome":
                    var outcomes = await RelatedAsync(db.Outcomes, id, cancellationToken);
                    await index.ReindexStudiesAsync(
                        await StudiesWithFindingsAsync(f => outcomes.Contains(f.OutcomeId), cancellationToken),
                        cancellationToken
                    );
                    break;
                case "Review":
                    // Topic entries do not depend on their review's text; nothing in the index names a review.
                    break;
                default:
                    await index.RebuildAsync(cancellationToken);
                    break;
            }
        }
        // The output cache is also evicted by its own observer, perhaps before this one ran: evict again
        // now the index is current, so no search page cached in between outlives the change.
        await cache.EvictByTagAsync(OutputCacheEvictor.PublicPagesTag, cancellationToken);
    }

    /// <summary>
    /// The record, the live row a draft belonged to, and drafts of it: however publishing swaps rows,
    /// every row involved is re-indexed (and only live rows are kept).
    /// </summary>
    private static async Task<List<int>> RelatedAsync<T>(
        IQueryable<T> records,
        int id,
        CancellationToken cancellationToken
    )
        where T : Domain.PublishableRecord
    {
        var related = await records.AsNoTracking().Where(r => r.Id == id || r.DraftOfId == id)
            .Select(r => new { r.Id, r.DraftOfId }).ToListAsync(cancellationToken);
        return related.Select(r => r.Id).Concat(related.Where(r => r.DraftOfId != null).Select(r => r.DraftOfId!.Value))
            .Append(id).Distinct().ToList();
    }

    private Task<List<int>> StudiesWithFindingsAsync(
        System.Linq.Expressions.Expression<Func<Domain.Finding, bool>> scope, CancellationToken cancellationToken) =>
        db.Findings.AsNoTracking().Where(scope).Select(f => f.StudyId).Distinct().ToListAsync(cancellationToken);
}
