using System.Globalization;
using Microsoft.Playwright;

namespace EvidencePortal.Bench.Browser;

/// <summary>
/// `lcp --base URL [--runs 5] [--latency 562.5] [--cpu 4] [--pages /,/topics/befriending,...]`: Largest Contentful
/// Paint of the main public pages in Chromium throttled as Lighthouse's mobile profile applies it in the browser
/// (DevTools throttling: 562.5 ms a request, which stands for the 150 ms round trips of connecting and asking; 1,474.56
/// kbit/s down, 675 kbit/s up, CPU 4x slower, a 412 x 823 phone screen). Each load is cold: a fresh browser context
/// with an empty cache. Prints the median and worst of the runs per page.
/// </summary>
public static class LcpCommand
{
    private static readonly string[] DefaultPages =
    [
        "/",
        "/reviews/social-networks",
        "/topics/befriending",
        "/studies",
        "/studies/priebe-2019-volume-befriending-rct",
        "/map",
        "/search?q=befriending",
    ];

    private const string LargestContentfulPaint = """
        () => new Promise(resolve => {
            new PerformanceObserver(list => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1].startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(-1), 5000);
        })
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = options.Required("base").TrimEnd('/');
        var runs = options.Int("runs", 5);
        var latency = double.Parse(options.Get("latency", "562.5"), CultureInfo.InvariantCulture);
        var cpuSlowdown = options.Int("cpu", 4);
        var pages = options.Get("pages")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? DefaultPages;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--no-first-run",
                ],
            }
        );

        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{latency} ms a request, 1,474.56 kbit/s down, CPU {cpuSlowdown}x slower, 412 x 823"
            )
        );
        Console.WriteLine();
        Console.WriteLine("| page | LCP median ms | LCP worst ms | runs |");
        Console.WriteLine("|---|---|---|---|");
        var worstMedian = 0.0;
        foreach (var path in pages)
        {
            var samples = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                samples.Add(await MeasureAsync(browser, baseUrl + path, latency, cpuSlowdown));
            }
            samples.Sort();
            var median = samples[samples.Count / 2];
            worstMedian = Math.Max(worstMedian, median);
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"| {path} | {median:0} | {samples[^1]:0} | {runs} |")
            );
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT lcp_worst_median_ms={worstMedian:0}"));
        return 0;
    }

    private static async Task<double> MeasureAsync(IBrowser browser, string url, double latency, int cpuSlowdown)
    {
        await using var context = await browser.NewContextAsync(
            new()
            {
                ViewportSize = new() { Width = 412, Height = 823 },
                DeviceScaleFactor = 1.75f,
                IsMobile = true,
                HasTouch = true,
            }
        );
        var page = await context.NewPageAsync();
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("Network.enable");
        await devtools.SendAsync(
            "Network.emulateNetworkConditions",
            new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = latency,
                ["downloadThroughput"] = 1474.56 * 1024 / 8,
                ["uploadThroughput"] = 675.0 * 1024 / 8,
            }
        );
        await devtools.SendAsync(
            "Emulation.setCPUThrottlingRate",
            new Dictionary<string, object> { ["rate"] = cpuSlowdown }
        );
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"{url} answered {response?.Status}");
        }
        var lcp = await page.EvaluateAsync<double>(LargestContentfulPaint);
        return lcp >= 0 ? lcp : throw new InvalidOperationException($"{url}: no largest-contentful-paint entry");
    }
}
