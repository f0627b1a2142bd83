using EvidencePortal.Web.Data;
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
    /// Brings the store up to date before the first request: migrations (the only way the schema
    /// changes), WAL on SQLite, then content/ imported if the store is empty. A malformed content
    /// file throws <see cref="ContentFormatException"/>, which stops start-up with its message.
    /// </summary>
    public static async Task PreparePortalStoreAsync(this WebApplication app, bool importContent = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("EvidencePortal.Store");

        if (db.Database.IsSqlite())
        {
            // Persistent per database file; set before migrating so the schema is written under WAL too.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await db.Database.MigrateAsync();

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ContentOptions>>().Value;
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        if (!importContent || !options.ImportOnEmptyStore || !await importer.StoreIsEmptyAsync())
        {
            return;
        }
        var root = options.ResolveRoot(app.Environment.ContentRootPath);
        var set = ContentReader.Read(root);
        var result = await importer.ImportAsync(set);
        log.LogInformation(
            "Imported {Reviews} review(s), {Topics} topics, {Studies} studies and {Findings} findings from {ContentRoot}",
            result.Reviews, result.Topics, result.Studies, result.Findings, root);
    }
}
