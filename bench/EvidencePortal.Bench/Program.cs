using EvidencePortal.Bench;
using EvidencePortal.Bench.Browser;
using EvidencePortal.Bench.Crash;
using EvidencePortal.Bench.Latency;
using EvidencePortal.Bench.Portal;
using EvidencePortal.Bench.ScaleData;

// One verb per job the bench scripts hand to C#; each prints plain lines a script can read.
var commands = new Dictionary<string, Func<Options, Task<int>>>(StringComparer.Ordinal)
{
    ["seed"] = SeedCommand.RunAsync,
    ["latency"] = LatencyCommand.RunAsync,
    ["crawl"] = CrawlCommand.RunAsync,
    ["edit-visible"] = EditVisibleCommand.RunAsync,
    ["crash-stream"] = CrashStreamCommand.RunAsync,
    ["crash-verify"] = CrashVerifyCommand.RunAsync,
    ["lcp"] = LcpCommand.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine(
        $"usage: EvidencePortal.Bench {string.Join("|", commands.Keys)} [--option value ...] (see bench/README.md)"
    );
    return 2;
}
try
{
    return await command(Options.Parse(args[1..]));
}
catch (OptionsException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
