using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Data;

public static class DataServiceExtensions
{
    /// <summary>
    /// Registers PortalDbContext on SQLite (default) or PostgreSQL, chosen by Database:Provider,
    /// with the connection string ConnectionStrings:Portal.
    /// </summary>
    public static IServiceCollection AddPortalData(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRoot
    )
    {
        var provider = StoreProvider.From(configuration);
        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set.");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RecordStampInterceptor>();
        services.AddSingleton(provider);

        // On PostgreSQL, transient failures (a restarted server, a dropped connection) are retried a few times
        // within seconds, so a request that meets one still gets its answer; see StoreTransactions for writes.
        // Pooled contexts: a page asks for one per request, and building a context's options and services each
        // time is work no request needs. Nothing in the portal keeps state on a context instance.
        if (provider.IsPostgres)
        {
            services.AddDbContextPool<PortalDbContext, PostgresPortalDbContext>((sp, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(
                    maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null))
                .AddInterceptors(sp.GetRequiredService<RecordStampInterceptor>()));
        }
        else
        {
            var sqlite = SqliteConnectionStrings.Resolve(connectionString, contentRoot);
            services.AddDbContextPool<PortalDbContext>((sp, options) => options
                .UseSqlite(sqlite)
                .AddInterceptors(sp.GetRequiredService<RecordStampInterceptor>(), new SqlitePragmaInterceptor()));
        }
        return services;
    }
}

/// <summary>Which database engine the store runs on.</summary>
public sealed record StoreProvider(bool IsPostgres)
{
    public static StoreProvider From(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"] ?? "Sqlite";
        return name.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new StoreProvider(false),
            "postgres" or "postgresql" or "npgsql" => new StoreProvider(true),
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{name}'; use 'Sqlite' (the default) or 'Postgres'."),
        };
    }
}

internal static class SqliteConnectionStrings
{
    /// <summary>
    /// A relative Data Source is taken from the app's content root, not the shell's current folder,
    /// so `dotnet run` from anywhere finds the same store. Its folder is created if missing.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource)
            && !builder.DataSource.StartsWith(':') && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        if (
            builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && !builder.DataSource.StartsWith(':')
        )
        {
            SqliteFileAccess.RestrictToOwner(builder.DataSource);
        }
        return builder.ToString();
    }
}
