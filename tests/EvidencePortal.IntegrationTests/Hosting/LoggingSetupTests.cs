using System.Collections.Concurrent;
using EvidencePortal.Tests;
using EvidencePortal.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The portal's logging as appsettings.json sets it up: events go through an Async sink, written on a thread of
/// its own. Whatever that sink still holds when the portal stops must be written before the process can exit,
/// warnings and errors above all: disposing the app (which Program.cs does on every way out) disposes the logger,
/// which drains the sink. Its console is swapped for a slow recording sink, so that a backlog is left at the end.
/// (A host of its own rather than PortalFactory: WebApplicationFactory lets the portal's entry point dispose the app
/// on another thread, after the factory's own DisposeAsync has returned.)
/// </summary>
public sealed class LoggingSetupTests
{
    [Fact]
    public async Task DisposingTheApp_WritesEveryEventTheAsyncSinkStillHolds()
    {
        var recorder = Guid.NewGuid().ToString("N");
        var builder = WebApplication.CreateEmptyBuilder(new());
        builder.Configuration
            .AddJsonFile(Path.Combine(RepoPaths.Root, "src", "EvidencePortal.Web", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:Using:2"] = "EvidencePortal.IntegrationTests",
                ["Serilog:WriteTo:0:Args:configure:0:Name"] = nameof(SlowRecordingSinkExtensions.SlowRecording),
                ["Serilog:WriteTo:0:Args:configure:0:Args:recorder"] = recorder,
            });
        builder.WebHost.UseTestServer();
        builder.AddPortalLogging();
        var app = builder.Build();
        await app.StartAsync();
        var logger = app.Services.GetRequiredService<ILogger>();
        const int count = 100;

        for (var i = 0; i < count; i++)
        {
            logger.Warning("Warning {Number} before the end", i);
        }
        logger.Error("The last error");
        await app.StopAsync();
        await app.DisposeAsync();

        var written = SlowRecordingSink.Written(recorder).Select(e => e.MessageTemplate.Text).ToList();
        Assert.Equal(count, written.Count(t => t == "Warning {Number} before the end"));
        Assert.Equal("The last error", written[^1]);
    }
}

/// <summary>A sink that takes a few milliseconds per event, as a console behind a slow pipe would, and keeps what it
/// was given.</summary>
public sealed class SlowRecordingSink(string recorder) : ILogEventSink
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<LogEvent>> Recorders = new();

    public static IEnumerable<LogEvent> Written(string recorder) => Recorders.GetOrAdd(recorder, _ => new());

    public void Emit(LogEvent logEvent)
    {
        Thread.Sleep(5);
        Recorders.GetOrAdd(recorder, _ => new()).Enqueue(logEvent);
    }
}

public static class SlowRecordingSinkExtensions
{
    /// <summary>Named in configuration in place of Console, whose output template it is given and ignores.</summary>
    public static LoggerConfiguration SlowRecording(
        this LoggerSinkConfiguration sinks,
        string recorder,
        string? outputTemplate = null
    )
    {
        _ = outputTemplate;
        return sinks.Sink(new SlowRecordingSink(recorder));
    }
}
