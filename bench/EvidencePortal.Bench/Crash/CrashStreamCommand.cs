using System.Globalization;
using System.Net;
using EvidencePortal.Bench.Portal;

namespace EvidencePortal.Bench.Crash;

/// <summary>
/// `crash-stream --base URL --email E --password P --log FILE --kill-marker FILE [--run N] [--topic befriending]
/// [--publish-every 5] [--ready-file FILE]`: one editor saves the topic's key message again and again through the real
/// form (publishing every few saves) while a reader fetches public pages, until the portal is killed. Every value is
/// written to the log before it is sent ("sent") and again once the portal acknowledged it ("saved", "published"), so
/// crash-verify can tell acknowledged work from work in flight. A failure counts against the portal only if it happened
/// before the time in the kill marker (written by crash.sh just before `kill -9`).
/// </summary>
public static class CrashStreamCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Required("base"));
        var run = options.Int("run", 1);
        var slug = options.Get("topic", "befriending");
        var publishEvery = options.Int("publish-every", 5);
        var marker = options.Required("kill-marker");
        var deadline = DateTime.UtcNow.AddSeconds(options.Int("max-seconds", 120));
        await using var log = new StreamWriter(options.Required("log"), append: true) { AutoFlush = true };

        using var editor = new PortalClient(baseUrl);
        await editor.SignInAsync(options.Required("email"), options.Required("password"));
        var editPath = await EditorPages.TopicEditPathAsync(editor, slug);
        // crash.sh starts its random countdown to the kill only once edits are about to flow.
        if (options.Get("ready-file") is { } ready)
        {
            await File.WriteAllTextAsync(ready, "ready");
        }
        var stats = new StreamStats();
        var stop = new CancellationTokenSource();
        var reader = Task.Run(() => ReadAsync(baseUrl, slug, stats, marker, deadline, stop.Token));

        var random = new Random();
        for (var i = 1; DateTime.UtcNow < deadline; i++)
        {
            var value = $"crash r{run} e{i} {random.Next():x8}";
            try
            {
                await log.WriteLineAsync($"sent\t{value}");
                if (!await EditorPages.SaveKeyMessageAsync(editor, editPath, value))
                {
                    stats.Failed("write", $"save {i} was refused");
                    continue;
                }
                await log.WriteLineAsync($"saved\t{value}");
                stats.SavesAcknowledged++;
                if (i % publishEvery == 0)
                {
                    await log.WriteLineAsync($"publishing\t{value}");
                    if (await EditorPages.PublishAsync(editor, editPath))
                    {
                        await log.WriteLineAsync($"published\t{value}");
                        stats.PublishesAcknowledged++;
                    }
                    else
                    {
                        stats.Failed("write", $"publish after save {i} was refused");
                    }
                }
            }
            catch (HttpRequestException e)
            {
                stats.Failed("write", e.Message);
                if (File.Exists(marker))
                {
                    break;
                }
            }
        }
        await stop.CancelAsync();
        await reader;
        var killedAt = File.Exists(marker)
            ? double.Parse((await File.ReadAllTextAsync(marker)).Trim(), CultureInfo.InvariantCulture)
            : double.MaxValue;
        Console.WriteLine(stats.Summary(run, killedAt));
        return 0;
    }

    /// <summary>Public pages, half of them past the output cache (Authorization header), so reads meet the store while
    /// it is written.</summary>
    private static async Task ReadAsync(
        Uri baseUrl,
        string slug,
        StreamStats stats,
        string marker,
        DateTime deadline,
        CancellationToken stop
    )
    {
        string[] paths =
        [
            "/",
            $"/topics/{slug}",
            "/studies/harris-1999-befriending-chronic-depression",
            "/search?q=befriending",
            "/studies?topic=befriending",
        ];
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; !stop.IsCancellationRequested && DateTime.UtcNow < deadline; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, paths[i % paths.Length]);
            if (i % 2 == 0)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bench no-cache");
            }
            try
            {
                using var response = await client.SendAsync(request, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    stats.ReadsServed++;
                }
                else
                {
                    stats.Failed("read", $"{request.RequestUri} answered {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                stats.Failed("read", e.Message);
                if (File.Exists(marker))
                {
                    return;
                }
            }
        }
    }
}
