using System.Diagnostics;
using System.Net;

namespace EvidencePortal.Bench.Portal;

/// <summary>
/// `edit-visible --base URL --email E --password P [--topic befriending] [--times 5]`: an editor saves and
/// publishes a topic's key message through the real forms; the very next anonymous request for the topic
/// page (and the home page, which shows key messages) must show it. Before each edit both pages are
/// fetched twice so they are in the output cache (the second answer must carry the cache's Age header).
/// </summary>
public static class EditVisibleCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Required("base"));
        var slug = options.Get("topic", "befriending");
        var times = options.Int("times", 5);
        using var editor = new PortalClient(baseUrl);
        await editor.SignInAsync(options.Required("email"), options.Required("password"));
        var editPath = await EditorPages.TopicEditPathAsync(editor, slug);
        using var reader = new HttpClient { BaseAddress = baseUrl };
        var pages = new[] { $"/topics/{slug}", "/" };

        var failures = 0;
        for (var i = 1; i <= times; i++)
        {
            foreach (var page in pages)
            {
                (await reader.GetAsync(page)).Dispose();
                using var again = await reader.GetAsync(page);
                if (again.Headers.Age is null)
                {
                    Console.WriteLine($"note: {page} was not served from the output cache before the edit");
                }
            }
            var marker = $"Bench edit {i} {Guid.NewGuid():N}";
            var watch = Stopwatch.StartNew();
            var ok =
                await EditorPages.SaveKeyMessageAsync(
                    editor,
                    editPath,
                    $"{marker}: befriending can help some people feel less lonely."
                ) && await EditorPages.PublishAsync(editor, editPath);
            var publishMs = watch.Elapsed.TotalMilliseconds;
            foreach (var page in pages)
            {
                using var next = await reader.GetAsync(page);
                var html = await next.Content.ReadAsStringAsync();
                var visible = next.StatusCode == HttpStatusCode.OK && html.Contains(marker, StringComparison.Ordinal);
                failures += ok && visible ? 0 : 1;
                Console.WriteLine(
                    $"edit {i}: saved+published={(ok ? "yes" : "NO " + EditorPages.LastRefusal)} "
                        + $"in {publishMs:0} ms; next GET {page} {(int)next.StatusCode} "
                        + $"{(next.Headers.Age is null ? "fresh" : "from cache")} shows it={(visible ? "yes" : "NO")}"
                );
            }
        }
        Console.WriteLine($"edit-visible edits={times} failures={failures} pass={(failures == 0 ? "yes" : "no")}");
        return failures == 0 ? 0 : 1;
    }
}
