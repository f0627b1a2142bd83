using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace EvidencePortal.Bench.Latency;

/// <summary>
/// `latency --base URL [--warmup 15] [--rounds 20] [--out FILE]`: one request at a time, so each figure is
/// the time a single reader waits (no queueing behind other requests). Every request carries an
/// Authorization header: the output cache's default policy never looks up or stores such a request, so
/// every page is rendered from the store (checked: no response may carry the cache's Age header).
/// </summary>
public static class LatencyCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Required("base"));
        var warmup = TimeSpan.FromSeconds(options.Int("warmup", 15));
        var rounds = options.Int("rounds", 20);
        using var client = new HttpClient(
            new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false }
        )
        {
            BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120),
        };
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br");
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bench no-cache");

        var generated = await GeneratedStudyAsync(baseUrl);
        var categories = LatencyMix
            .Categories.Select(c =>
                c with
                {
                    Urls = c
                        .Urls.Select(u => u.Replace("{generated-study}", generated, StringComparison.Ordinal))
                        .ToList(),
                }
            )
            .ToList();
        var urls = categories.SelectMany(c => c.Urls.Select(u => (c, Url: u))).ToList();
        Console.WriteLine($"warm-up {warmup.TotalSeconds:0} s over {urls.Count} addresses ...");
        var warm = Stopwatch.StartNew();
        var failures = new List<string>();
        do
        {
            foreach (var (_, url) in urls)
            {
                await TimeAsync(client, url, failures);
            }
        }
        while (warm.Elapsed < warmup);

        var samples = urls.ToDictionary(u => u.Url, _ => new List<double>());
        var random = new Random(1);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (category, url) in urls.OrderBy(_ => random.Next()))
            {
                if (round < category.Rounds(rounds))
                {
                    samples[url].Add(await TimeAsync(client, url, failures));
                }
            }
        }

        var report = LatencyReport.Build(categories, samples);
        report.Print(Console.Out);
        if (options.Get("out") is { } path)
        {
            await File.WriteAllTextAsync(path, report.Tsv());
        }
        foreach (var failure in failures.Distinct().Take(20))
        {
            Console.WriteLine($"FAILED {failure}");
        }
        Console.WriteLine($"failures={failures.Count} pass={(report.Passed && failures.Count == 0 ? "yes" : "no")}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>A generated study's page when the store has them (else a real one): found through the list, not
    /// guessed.</summary>
    private static async Task<string> GeneratedStudyAsync(Uri baseUrl)
    {
        using var plain = new HttpClient { BaseAddress = baseUrl };
        plain.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bench no-cache");
        var html = await plain.GetStringAsync("/studies?sort=year&order=desc&page=3");
        var match = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/studies/scale-[^\"]+)\"");
        return match.Success ? match.Groups[1].Value : "/studies/mead-2010-befriending-meta-analysis";
    }

    private static async Task<double> TimeAsync(HttpClient client, string url, List<string> failures)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{url} answered {(int)response.StatusCode}");
        }
        else if (response.Headers.Age is not null)
        {
            failures.Add($"{url} came from the output cache (Age header): the measurement would not be of the store");
        }
        return ms;
    }
}

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
