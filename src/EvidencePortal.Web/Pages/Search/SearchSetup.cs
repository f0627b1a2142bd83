using EvidencePortal.Web.Data;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

public static class SearchSetup
{
    /// <summary>The engine's index (FTS5 on SQLite, tsvector on PostgreSQL) and the observer that keeps it
    /// current.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<StoreProvider>().IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresSearchIndex>(sp)
            : ActivatorUtilities.CreateInstance<SqliteSearchIndex>(sp));
        services.AddScoped<IPublishedChangeObserver, SearchIndexObserver>();
        services.AddScoped<SearchSuggestions>();
        return services;
    }

    /// <summary>Up to this many published studies, an out-of-step index is rebuilt before the first request.</summary>
    public const int RebuildBeforeServing = 5000;

    /// <summary>
    /// After the store is prepared (and content/ imported into an empty one), index everything when the
    /// index does not hold what the store publishes: a new store, a store from before search, or rows
    /// written without going through publishing. A large store is indexed in the background so the portal
    /// starts at once; searches find more as each batch is committed.
    /// </summary>
    public static async Task PrepareSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var studies = 0;
        // Under the store lock, so instances started together rebuild the index once between them.
        await using (await StoreLock.AcquireAsync(db))
        {
            if (await index.IsInStepAsync(CancellationToken.None))
            {
                return;
            }
            studies = await db.Studies.Live().CountAsync();
            if (studies <= RebuildBeforeServing)
            {
                await RebuildAsync(app, index, CancellationToken.None);
                return;
            }
        }
        app.Logger.LogWarning(
            "The search index is out of step with {Studies} published studies: rebuilding it in the background",
            studies
        );
        _ = Task.Run(async () =>
        {
            await using var background = app.Services.CreateAsyncScope();
            var stopping = app.Lifetime.ApplicationStopping;
            try
            {
                // Another instance may be rebuilding it: wait for it, and rebuild only what is still out of step.
                var backgroundIndex = background.ServiceProvider.GetRequiredService<ISearchIndex>();
                var backgroundDb = background.ServiceProvider.GetRequiredService<PortalDbContext>();
                await using var storeLock = await StoreLock.AcquireAsync(backgroundDb, stopping);
                if (!await backgroundIndex.IsInStepAsync(stopping))
                {
                    await RebuildAsync(app, backgroundIndex, stopping);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                app.Logger.LogError(e, "Rebuilding the search index failed; it will be tried again at the next start");
            }
        });
    }

    private static async Task RebuildAsync(WebApplication app, ISearchIndex index, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await index.RebuildAsync(cancellationToken);
        app.Logger.LogInformation(
            "Built the search index in {Elapsed:0} ms",
            TimeProvider.System.GetElapsedTime(started).TotalMilliseconds
        );
    }
}
