using EvidencePortal.Web.Data;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Content;

public static class StoreStartup
{
    public static IServiceCollection AddPortalContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentWriter>();
        return services;
    }

    /// <summary>
    /// Brings the store up to date before the first request, under the <see cref="StoreLock"/>: migrations (the
    /// only way the schema changes), WAL on SQLite, then content/ imported if the store is empty. A malformed content
    /// file throws <see cref="ContentFormatException"/>, which stops start-up with its message.
    /// </summary>
    public static async Task PreparePortalStoreAsync(this WebApplication app, bool importContent = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("EvidencePortal.Store");
        // Instances started together take turns: each finds the schema and content the one before it left.
        await using var storeLock = await StoreLock.AcquireAsync(db);

        if (db.Database.IsSqlite())
        {
            // Persistent per database file; set before migrating so the schema is written under WAL too.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        // Migrating takes the migration lock and builds the design-time model (half a second of start-up);
        // an up-to-date store needs neither, so only a store with pending migrations is migrated.
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync();
        }
        if (pending.Any(StoredHtml.RenderingChanges.Contains))
        {
            var changed = await StoredHtml.RerenderAsync(
                db,
                scope.ServiceProvider.GetRequiredService<MarkdownRenderer>()
            );
            log.LogInformation("Re-rendered the stored HTML of {Count} records after an upgrade", changed);
        }
        await Accounts.AccountSecrets.ProtectStoredSecretsAsync(scope.ServiceProvider, log);

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ContentOptions>>().Value;
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        if (importContent && options.ImportOnEmptyStore && await importer.StoreIsEmptyAsync())
        {
            var root = options.ResolveRoot(app.Environment.ContentRootPath);
            var set = ContentReader.Read(root);
            var result = await importer.ImportAsync(set);
            log.LogInformation(
                "Imported {Reviews} review(s), {Topics} topics, {Studies} studies and {Findings} findings "
                    + "from {ContentRoot}",
                result.Reviews, result.Topics, result.Studies, result.Findings, root);
        }
        await EnsureEvidenceSummaryAsync(db, log);
        await RefreshQueryPlannerStatisticsAsync(db);
    }

    /// <summary>
    /// Publishing keeps the evidence summary in step; a store written another way (an upgrade that adds the summary,
    /// a restored backup, a bulk load) is put right here, before any page counts from it.
    /// </summary>
    private static async Task EnsureEvidenceSummaryAsync(PortalDbContext db, ILogger log)
    {
        if (await EvidenceSummary.IsInStepAsync(db, CancellationToken.None))
        {
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var studies = await db.InTransactionAsync(
            async (transaction, token) =>
            {
                var count = await EvidenceSummary.RebuildAsync(db, token);
                await transaction.CommitAsync(token);
                return count;
            });
        log.LogInformation("Rebuilt the evidence summary of {Studies} studies in {Elapsed:0} ms", studies,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// SQLite picks its query plans from sqlite_stat1. Without it, the planner takes "Status = 'Published'" for a
    /// selective index and walks every study to find the findings of twenty, which grows with the store. A sampled
    /// ANALYZE when the statistics are missing (quick even on a large store), otherwise PRAGMA optimize, which
    /// re-analyses only tables whose size has changed a lot since. PostgreSQL keeps its own statistics (autovacuum).
    /// </summary>
    public static async Task RefreshQueryPlannerStatisticsAsync(PortalDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        var analysed = await db
            .Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'")
            .SingleAsync();
        await db.Database.ExecuteSqlRawAsync(
            analysed == 0
                ? "PRAGMA analysis_limit=1000; ANALYZE;"
                : "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;"
        );
    }
}
