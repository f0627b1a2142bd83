using System.Text.RegularExpressions;

namespace EvidencePortal.Bench.Portal;

/// <summary>
/// `crawl --base URL [--max 400] --out FILE`: the public page set, found by following links from the home
/// page breadth first (so main pages come before the deep filter combinations). Editors' and account
/// pages, static files and downloads are left out: those are not pages the output cache serves.
/// </summary>
public static partial class CrawlCommand
{
    private static readonly string[] Skipped =
    [
        "/edit",
        "/account",
        "/lib/",
        "/css/",
        "/js/",
        "/error",
        "/health",
        "/api/",
        "/openapi",
    ];
    private static readonly string[] Downloads =
    [
        ".ris",
        ".bib",
        ".csv",
        ".atom",
        ".json",
        ".ico",
        ".svg",
        ".png",
        ".css",
        ".js",
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Required("base"));
        var max = options.Int("max", 400);
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var found = new List<string>();
        while (queue.Count > 0 && found.Count < max)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            found.Add(path);
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in Href().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (
                    target.StartsWith('/')
                    && !target.StartsWith("//", StringComparison.Ordinal)
                    && IsPage(target)
                    && seen.Add(target)
                )
                {
                    queue.Enqueue(target);
                }
            }
        }
        await File.WriteAllLinesAsync(options.Required("out"), found);
        Console.WriteLine($"crawled pages={found.Count} (max {max})");
        return 0;
    }

    private static bool IsPage(string path)
    {
        var bare = path.Split('?')[0];
        return !Skipped.Any(s => bare.StartsWith(s, StringComparison.Ordinal) || bare == s.TrimEnd('/'))
            && !Downloads.Any(d => bare.EndsWith(d, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
