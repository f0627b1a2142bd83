using System.Diagnostics;
using System.Text.Json;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.IntegrationTests.Pages.Topics;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// The main pages are valid HTML by the W3C's own checker (the Nu Html Checker, vnu.jar, which .ci/setup fetches and
/// .ci/test names in PORTAL_VNU_JAR): a screen reader or a browser in an odd mode has nothing to guess at. Where
/// there is no checker the test skips, except under .ci/test, where it fails.
/// </summary>
public sealed class HtmlValidityTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task The_main_public_and_editor_pages_have_no_HTML_errors()
    {
        var checker = RequireChecker();
        var reader = portal.CreateClient();
        var editor = await EditorTestClient.SignInAsync(portal);
        int study, topic;
        await using (var db = portal.NewDbContext())
        {
            study = await db.Studies.Where(s => s.DraftOfId == null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            topic = await db.Topics.Where(t => t.Slug == "befriending" && t.DraftOfId == null).Select(t => t.Id)
                .SingleAsync();
        }
        // The change logs are checked with entries in them: a rating the editors set, with their reason, and a study.
        await editor.SaveAndPublishAsync($"/edit/topics/{topic}", new()
        {
            ["Input.OverrideDirection"] = "Positive", ["Input.OverrideStrength"] = "Low",
            ["Input.OverrideRationale"] = "A reason",
        });
        await editor.SaveAndPublishAsync($"/edit/studies/{study}", new() { ["Input.Year"] = "2001" });
        string[] pages =
        [
            "/", "/reviews/social-networks", "/reviews/social-networks/print", "/topics/befriending", "/studies",
            "/studies?topic=befriending&sort=year", "/studies/harris-1999-befriending-chronic-depression", "/map",
            "/search?q=befriending", "/search?q=zzzzqqq", "/about/ratings", "/about/accessibility",
            "/topics/befriending/changes", "/reviews/social-networks/changes", "/topics/digital/changes",
        ];
        string[] editorPages =
        [
            "/edit", "/edit/studies", $"/edit/studies/{study}", $"/edit/history/study/{study}",
            $"/edit/delete/study/{study}", "/edit/topics", "/edit/import",
        ];
        var folder = Directory.CreateTempSubdirectory("portal-html-");
        var files = new Dictionary<string, string>();
        foreach (var (client, url) in pages.Select(u => (reader, u)).Concat(editorPages.Select(u => (editor, u))))
        {
            var file = Path.Combine(folder.FullName, $"page{files.Count}.html");
            await File.WriteAllTextAsync(file, await client.GetStringAsync(url));
            files[Path.GetFileName(file)] = url;
        }

        var errors = Check(checker, folder.FullName, files);
        folder.Delete(recursive: true);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static List<string> Check(string checker, string folder, Dictionary<string, string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", checker, "--errors-only", "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var file in files.Keys)
        {
            start.ArgumentList.Add(Path.Combine(folder, file));
        }
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{files.GetValueOrDefault(FileOf(m), "?")} "
                + $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: "
                + m.GetProperty("message").GetString())
            .ToList();
    }

    private static string FileOf(JsonElement message) =>
        Path.GetFileName(message.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "");

    private static string RequireChecker()
    {
        var jar = Environment.GetEnvironmentVariable("PORTAL_VNU_JAR");
        if (jar is null || !File.Exists(jar))
        {
            Assert.False(Environment.GetEnvironmentVariable("PORTAL_REQUIRE_VNU") == "1", $"No vnu.jar at '{jar}'");
            Assert.Skip("No Nu Html Checker (PORTAL_VNU_JAR): run the tests with .ci/test.");
        }
        return jar;
    }
}
