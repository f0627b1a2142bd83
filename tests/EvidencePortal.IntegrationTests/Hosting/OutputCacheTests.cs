using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>Anonymous pages come from the output cache, and a publish evicts them: the very next request is
/// fresh.</summary>
public sealed class OutputCacheTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task PublicPage_IsServedFromCache_UntilSomethingIsPublished()
    {
        var anonymous = portal.CreateClient();
        const string url = "/studies/sheridan-2015-supported-socialisation-rct";
        Assert.DoesNotContain("Changed behind the cache's back", (await anonymous.GetOkPageAsync(url)).MainText());
        int id;
        await using (var db = portal.NewDbContext())
        {
            var study = await db.Studies.SingleAsync(s => s.Slug == "sheridan-2015-supported-socialisation-rct");
            id = study.Id;
            study.Setting = "Changed behind the cache's back";
            await db.SaveChangesAsync();
        }

        // Nothing was published, so the cached page is still served: this proves the cache is in use.
        Assert.DoesNotContain("Changed behind the cache's back", (await anonymous.GetOkPageAsync(url)).MainText());

        var editor = await EditorTestClient.SignInAsync(portal);
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                new() { ["Input.Population"] = "Published population text" }
            )
        );
        await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []);

        var fresh = await anonymous.GetOkPageAsync(url);
        Assert.Contains("Published population text", fresh.MainText());
    }

    [Fact]
    public async Task CachedCopy_IsCompressedHarder_ThanAnAnswerRenderedForOneRequest()
    {
        const string url = "/studies/harris-1999-befriending-chronic-depression";
        var client = portal.CreateClient();
        async Task<(byte[] Body, bool FromCache)> GetBrotliAsync(bool bypassCache)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
            if (bypassCache)
            {
                // The output cache's default policy never stores a request with an Authorization header.
                request.Headers.TryAddWithoutValidation("Authorization", "Test no-cache");
            }
            using var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            return (await response.Content.ReadAsByteArrayAsync(), response.Headers.Age is not null);
        }
        static int Compress(string html, System.IO.Compression.CompressionLevel level)
        {
            var output = new MemoryStream();
            using (var brotli = new System.IO.Compression.BrotliStream(output, level))
            {
                brotli.Write(System.Text.Encoding.UTF8.GetBytes(html));
            }
            return output.ToArray().Length;
        }
        static string Decompress(byte[] body)
        {
            using var brotli = new System.IO.Compression.BrotliStream(
                new MemoryStream(body),
                System.IO.Compression.CompressionMode.Decompress
            );
            return new StreamReader(brotli).ReadToEnd();
        }

        await GetBrotliAsync(bypassCache: false);
        var cached = await GetBrotliAsync(bypassCache: false);
        var oneOff = await GetBrotliAsync(bypassCache: true);

        Assert.True(cached.FromCache);
        Assert.False(oneOff.FromCache);
        // The same page; only the head differs (a cached page carries its styles, a one-off answer links them).
        var (cachedHtml, oneOffHtml) = (Decompress(cached.Body), Decompress(oneOff.Body));
        Assert.Equal(
            cachedHtml[cachedHtml.IndexOf("<body", StringComparison.Ordinal)..],
            oneOffHtml[oneOffHtml.IndexOf("<body", StringComparison.Ordinal)..]
        );
        // Each against the same text compressed at the other level.
        var cachedAtFastest = Compress(cachedHtml, System.IO.Compression.CompressionLevel.Fastest);
        var oneOffAtOptimal = Compress(oneOffHtml, System.IO.Compression.CompressionLevel.Optimal);
        Assert.True(
            cached.Body.Length < cachedAtFastest * 0.95,
            $"cached copy {cached.Body.Length} bytes, {cachedAtFastest} at the fastest level"
        );
        Assert.True(
            oneOff.Body.Length > oneOffAtOptimal * 1.05,
            $"one-off answer {oneOff.Body.Length} bytes, {oneOffAtOptimal} at the optimal level"
        );
    }

    [Fact]
    public async Task SignedInEditors_AlwaysSeeFreshPages()
    {
        var anonymous = portal.CreateClient();
        await anonymous.GetOkPageAsync("/topics/befriending");
        await using (var db = portal.NewDbContext())
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "befriending");
            topic.KeyMessage = "Key message changed directly";
            await db.SaveChangesAsync();
        }
        var editor = await EditorTestClient.SignInAsync(portal);

        Assert.Contains(
            "Key message changed directly",
            (await editor.GetOkPageAsync("/topics/befriending")).MainText()
        );
        // ... and what the editor was shown (their name, Edit links) is never stored for the public.
        var afterwards = await anonymous.GetOkPageAsync("/topics/befriending");
        Assert.DoesNotContain("Signed in as", afterwards.Body!.TextContent);
        Assert.Null(afterwards.QuerySelector(".portal-edit-link"));
        Assert.DoesNotContain("Key message changed directly", afterwards.MainText());
    }
}
