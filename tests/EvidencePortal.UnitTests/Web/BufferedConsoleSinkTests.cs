using EvidencePortal.Web.Web;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace EvidencePortal.UnitTests.Web;

/// <summary>The request log is buffered like nginx's access log, but a warning or error is never left in the buffer.</summary>
public sealed class BufferedConsoleSinkTests
{
    private readonly MemoryStream output = new();

    // An hour between timed flushes unless a test is about the timer: nothing else may flush behind its back.
    private BufferedConsoleSink NewSink(TimeSpan? flushInterval = null) =>
        new(new MessageTemplateTextFormatter("{Level:u3} {Message:lj}{NewLine}"), output, flushInterval ?? TimeSpan.FromHours(1));

    private static LogEvent Event(LogEventLevel level, string text) =>
        new(DateTimeOffset.UtcNow, level, null, new MessageTemplateParser().Parse(text), []);

    private string Written() => System.Text.Encoding.UTF8.GetString(output.ToArray());

    [Fact]
    public void InformationLines_WaitInTheBuffer_UntilAFlush()
    {
        using var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "HTTP GET / responded 200"));
        Assert.Equal("", Written());

        sink.Flush();
        Assert.Equal("INF HTTP GET / responded 200" + Environment.NewLine, Written());
    }

    [Fact]
    public void WarningOrError_IsWrittenAtOnce_WithEverythingBeforeIt()
    {
        using var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "first"));
        sink.Emit(Event(LogEventLevel.Error, "the store is not answering"));

        Assert.Equal($"INF first{Environment.NewLine}ERR the store is not answering{Environment.NewLine}", Written());
    }

    [Fact]
    public void Timer_WritesBufferedLines_WithinTheFlushInterval()
    {
        var interval = TimeSpan.FromMilliseconds(100);
        using var sink = NewSink(interval);
        sink.Emit(Event(LogEventLevel.Information, "HTTP GET /map responded 200"));

        var deadline = DateTime.UtcNow + interval * 50;
        while (Written() == "" && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
        Assert.Contains("HTTP GET /map responded 200", Written());
    }

    [Fact]
    public void Stopping_WritesWhatIsLeft_AndDropsLaterEventsQuietly()
    {
        var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "last request"));
        sink.Dispose();

        // MemoryStream keeps its bytes after the writer closes it.
        Assert.Equal("INF last request" + Environment.NewLine, Written());
        sink.Emit(Event(LogEventLevel.Error, "after stop"));
        sink.Flush();
        Assert.DoesNotContain("after stop", Written());
    }
}
