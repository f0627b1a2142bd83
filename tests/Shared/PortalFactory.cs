using System.Collections.Concurrent;
using EvidencePortal.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
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
            // results without failing. Exceptions still reach ServerErrors below.
            ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Fatal",
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

    /// <summary>Replaces or adds services after the portal's own (call before the first request), e.g. a clock.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> change)
    {
        serviceChanges.Add(change);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        // Serve wwwroot from the project (with its precompressed copies), as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(new ErrorRecorder(ServerErrors)));
        builder.ConfigureTestServices(services => serviceChanges.ForEach(change => change(services)));
    }

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
