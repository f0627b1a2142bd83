using System.Collections.Concurrent;
using System.Globalization;

namespace EvidencePortal.Bench.Crash;

/// <summary>Counts from the writer and reader loops, with each failure's time to compare with the kill.</summary>
public sealed class StreamStats
{
    private readonly ConcurrentQueue<(double At, string Loop, string What)> failures = new();

    public int SavesAcknowledged { get; set; }
    public int PublishesAcknowledged { get; set; }
    public int ReadsServed { get; set; }

    public void Failed(string loop, string what) =>
        failures.Enqueue((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0, loop, what));

    public string Summary(int run, double killedAt)
    {
        var whileUp = failures.Where(f => f.At < killedAt).ToList();
        var lines = whileUp.Take(5).Select(f => $"  failed while up ({f.Loop}): {f.What}");
        return string.Join(
            Environment.NewLine,
            lines.Append(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"stream run={run} saves_acked={SavesAcknowledged} "
                        + $"publishes_acked={PublishesAcknowledged} reads_ok={ReadsServed} "
                        + $"reads_failed_while_up={whileUp.Count(f => f.Loop == "read")} "
                        + $"writes_failed_while_up={whileUp.Count(f => f.Loop == "write")} "
                        + $"failed_after_kill={failures.Count - whileUp.Count}"
                )
            )
        );
    }
}
