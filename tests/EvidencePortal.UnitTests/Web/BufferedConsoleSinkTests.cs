using EvidencePortal.Web.Web;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace EvidencePortal.UnitTests.Web;

/// <summary>The request log is buffered like nginx's access log, but a warning or error is never left in the buffer.</summary>
public sealed class BufferedConsoleSinkTests
{
    private readonly MemoryStream output = new();

    private BufferedConsoleSink NewSink() => new(new MessageTemplateTextFormatter("{Level:u3} {Message:lj}{NewLine}"), output);

    private static LogEvent Event(LogEventLevel level, string text) =>
        new(DateTimeOffset.UtcNow, level, null, new MessageTemplateParser().Parse(text), []);

    private string Written() => System.Text.Encoding.UTF8.GetString(output.ToArray());

    [Fact]
    public void Information_lines_wait_in_the_buffer_until_a_flush()
    {
        using var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "HTTP GET / responded 200"));
        Assert.Equal("", Written());

        sink.Flush();
        Assert.Equal("INF HTTP GET / responded 200" + Environment.NewLine, Written());
    }

    [Fact]
    public void A_warning_or_error_is_written_at_once_with_everything_before_it()
    {
        using var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "first"));
        sink.Emit(Event(LogEventLevel.Error, "the store is not answering"));

        Assert.Equal($"INF first{Environment.NewLine}ERR the store is not answering{Environment.NewLine}", Written());
    }

    [Fact]
    public void The_timer_writes_buffered_lines_within_about_a_second()
    {
        using var sink = NewSink();
        sink.Emit(Event(LogEventLevel.Information, "HTTP GET /map responded 200"));

        var deadline = DateTime.UtcNow + BufferedConsoleSink.FlushInterval * 5;
        while (Written() == "" && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
        Assert.Contains("HTTP GET /map responded 200", Written());
    }

    [Fact]
    public void Stopping_writes_what_is_left_and_later_events_are_dropped_quietly()
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
