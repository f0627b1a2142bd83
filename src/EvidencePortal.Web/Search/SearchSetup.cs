using EvidencePortal.Web.Data;
using EvidencePortal.Web.Publishing;

namespace EvidencePortal.Web.Search;

public static class SearchSetup
{
    /// <summary>The engine's index (FTS5 on SQLite, tsvector on PostgreSQL) and the observer that keeps it current.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<StoreProvider>().IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresSearchIndex>(sp)
            : ActivatorUtilities.CreateInstance<SqliteSearchIndex>(sp));
        services.AddScoped<IPublishedChangeObserver, SearchIndexObserver>();
        services.AddScoped<SearchSuggestions>();
        return services;
    }

    /// <summary>
    /// After the store is prepared (and content/ imported into an empty one), index everything when the
    /// index does not hold what the store publishes: a new store, a store from before search, or rows
    /// written without going through publishing.
    /// </summary>
    public static async Task PrepareSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        if (await index.IsInStepAsync(CancellationToken.None))
        {
            return;
        }
        var started = TimeProvider.System.GetTimestamp();
        await index.RebuildAsync(CancellationToken.None);
        app.Logger.LogInformation("Built the search index in {Elapsed:0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
