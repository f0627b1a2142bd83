using Microsoft.AspNetCore.OutputCaching;

namespace EvidencePortal.Web.Publishing;

/// <summary>Something the public can now see differently: a publish, a withdrawal, a restore, an import.</summary>
public sealed record PublishedChange(string EntityType, int? EntityId, string Action);

/// <summary>Told after every change to published content (search index, output cache, ...).</summary>
public interface IPublishedChangeObserver
{
    Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken);
}

/// <summary>Called by every code path that changes what the public sees, after it has saved.</summary>
public sealed class PublishedChangeNotifier(
    IEnumerable<IPublishedChangeObserver> observers,
    OtherInstances otherInstances
)
{
    public async Task NotifyAsync(PublishedChange change, CancellationToken cancellationToken = default)
    {
        foreach (var observer in observers)
        {
            await observer.OnPublishedAsync(change, cancellationToken);
        }
        // Last, so the search index every instance shares is already current when their caches are dropped.
        await otherInstances.TellAsync(cancellationToken);
    }
}

/// <summary>A published edit must show on the very next request: drop every cached public page.</summary>
public sealed class OutputCacheEvictor(IOutputCacheStore store) : IPublishedChangeObserver
{
    public const string PublicPagesTag = "public-pages";

    public async Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PublicPagesTag, cancellationToken);
}
