using System.Collections.Concurrent;
using EvidencePortal.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.Tests;

/// <summary>
/// The real portal on a real SQLite file of its own (or a PostgreSQL database when given one),
/// importing the repository's content/ unless a test points it elsewhere.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public PortalFactory()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"portal-test-{Guid.NewGuid():N}.db");
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={DatabasePath}",
            ["Content:Root"] = RepoPaths.Content,
            ["Security:RequireTwoFactor"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // The portal runs inside the xunit test process, whose standard output is xunit's channel to the test
            // runner: log text written into it split a runner message now and then, and a test vanished from the
            // results without failing. This is the console sink inside appsettings' Async wrapper; exceptions still
            // reach ServerErrors below.
            ["Serilog:WriteTo:0:Args:configure:0:Args:restrictedToMinimumLevel"] = "Fatal",
        };
    }

    /// <summary>Changes a setting before the portal starts (call before the first request).</summary>
    public PortalFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public string DatabasePath { get; }

    /// <summary>Exceptions the portal logged: a test that saw a 500 can say why.</summary>
    public ConcurrentQueue<Exception> ServerErrors { get; } = new();

    private readonly List<Action<IServiceCollection>> serviceChanges = [];

    /// <summary>Replaces or adds services after the portal's own (call before the first request), e.g. a
    /// clock.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> change)
    {
        serviceChanges.Add(change);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings.Where(s => !IsLogging(s.Key)))
        {
            builder.UseSetting(key, value);
        }
        // Logging settings reach the portal as configuration of their own, read when its logger is built. As host
        // settings (passed to the portal as command-line arguments) each would also give its parent sections an empty
        // value, and Serilog takes an empty "WriteTo:0" for a sink with no name: the whole sink would be dropped.
        builder.ConfigureAppConfiguration(configuration =>
            configuration.AddInMemoryCollection(settings.Where(s => IsLogging(s.Key)))
        );
        // Serve wwwroot from the project (with its precompressed copies), as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
            services.AddSingleton<Serilog.Core.ILogEventSink>(new ErrorRecorder(ServerErrors))
        );
        builder.ConfigureTestServices(services => serviceChanges.ForEach(change => change(services)));
    }

    private static bool IsLogging(string key) => key.StartsWith("Serilog:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A fresh context on the test's store, for arranging data and checking what was saved.</summary>
    public PortalDbContext NewDbContext()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }

    /// <summary>A Serilog sink (picked up by ReadFrom.Services) that keeps every logged exception.</summary>
    private sealed class ErrorRecorder(ConcurrentQueue<Exception> errors) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            if (logEvent.Exception is { } error)
            {
                errors.Enqueue(error);
            }
        }
    }
}
