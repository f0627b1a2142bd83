using System.Diagnostics;
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
