using System.Globalization;

namespace EvidencePortal.Bench.Latency;

/// <summary>Percentiles by nearest rank over the samples of each category and each address.</summary>
public sealed class LatencyReport
{
    private readonly List<(
        LatencyCategory Category,
        List<double> Samples,
        List<(string Url, double P95)> Worst
    )> rows = [];

    public bool Passed => rows.All(r => r.Category.TargetP95 is not { } t || Percentile(r.Samples, 95) <= t);

    public static LatencyReport Build(
        IReadOnlyList<LatencyCategory> categories,
        Dictionary<string, List<double>> samples
    )
    {
        var report = new LatencyReport();
        foreach (var category in categories)
        {
            var all = category.Urls.SelectMany(u => samples[u]).ToList();
            var worst = category
                .Urls.Select(u => (u, Percentile(samples[u], 95)))
                .OrderByDescending(w => w.Item2)
                .Take(3)
                .ToList();
            report.rows.Add((category, all, worst));
        }
        return report;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(
            $"| {"what", -34} | {"n", 5} | {"p50 ms", 7} | {"p95 ms", 7} | {"max ms", 7} | {"target p95", 10} | ok |"
        );
        output.WriteLine(
            $"|{new string('-', 36)}|{new string('-', 7)}|{new string('-', 9)}|{new string('-', 9)}"
                + $"|{new string('-', 9)}|{new string('-', 12)}|----|"
        );
        foreach (var (category, samples, _) in rows)
        {
            var p95 = Percentile(samples, 95);
            var target = category.TargetP95 is { } t ? $"<= {t:0}" : "-";
            var ok = category.TargetP95 is { } limit
                ? p95 <= limit
                    ? "yes"
                    : "NO"
                : "-";
            output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {category.Name, -34} | {samples.Count, 5} | {Percentile(samples, 50), 7:0.0} | {p95, 7:0.0} "
                        + $"| {samples.DefaultIfEmpty().Max(), 7:0.0} | {target, 10} | {ok, -3}|"
                )
            );
        }
        output.WriteLine();
        output.WriteLine("Slowest addresses (p95) in each group:");
        foreach (var (category, _, worst) in rows)
        {
            output.WriteLine(
                $"  {category.Name}: "
                    + string.Join(
                        "; ",
                        worst.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Url} {w.P95:0.0} ms"))
                    )
            );
        }
    }

    public string Tsv() =>
        "category\tn\tp50\tp95\tmax\ttarget\n"
        + string.Concat(
            rows.Select(r =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{r.Category.Name}\t{r.Samples.Count}\t{Percentile(r.Samples, 50):0.0}"
                        + $"\t{Percentile(r.Samples, 95):0.0}\t{r.Samples.DefaultIfEmpty().Max():0.0}"
                        + $"\t{r.Category.TargetP95}\n"
                )
            )
        );

    public static double Percentile(List<double> samples, int percentile)
    {
        if (samples.Count == 0)
        {
            return 0;
        }
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
