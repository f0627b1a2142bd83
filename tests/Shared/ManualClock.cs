namespace EvidencePortal.Tests;

/// <summary>A clock a test moves by hand (session timeouts without sleeping). Starts at the real time.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
