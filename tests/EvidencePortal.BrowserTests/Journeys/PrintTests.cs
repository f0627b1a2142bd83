using System.Diagnostics;
using EvidencePortal.Tests;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

/// <summary>Staff print topic summaries and the whole review on A4: Chromium prints them to PDF and poppler reads them
/// back.</summary>
[Collection(BrowserCollection.Name)]
public class PrintTests(BrowserFixture browser)
{
    private async Task<(string Text, int Pages)> PrintAsync(string url, string name)
    {
        var (page, failures) = await browser.NewPageAsync();
        await page.GotoAsync(url);
        var pdf = Path.Combine(RepoPaths.Artifacts, "print", name + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.ChangeExtension(pdf, ".png"), FullPage = true });
        await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.Empty(failures);
        await page.Context.CloseAsync();
        var text = Run("pdftotext", $"-layout \"{pdf}\" -");
        var info = Run("pdfinfo", $"\"{pdf}\"");
        var pages = int.Parse(
            info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim()
        );
        return (text, pages);
    }

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static string Flat(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Print_Topic_PutsKeyMessageRatingLegendStudiesAndReferencesOnA4()
    {
        var (raw, pages) = await PrintAsync("/topics/befriending", "topic-befriending");
        var text = Flat(raw);

        Assert.InRange(pages, 2, 8);
        Assert.True(
            text.IndexOf("Key message", StringComparison.Ordinal)
                < text.IndexOf("Headline rating", StringComparison.Ordinal)
        );
        Assert.Contains("Direction of effect Strength of evidence Mixed Low", text);
        Assert.Contains("What the rating means", text);
        Assert.Contains("Inconclusive Too few studies give a clear direction", text);
        Assert.Contains("Studies and findings on befriending (6)", text);
        Assert.Contains("References", text);
        Assert.Contains("https://doi.org/10.1192/bjp.2019.42", text);
        Assert.Contains("Last reviewed: 26 November 2026", text);
        Assert.Contains($"Printed from {browser.BaseUrl}/topics/befriending", text);
        Assert.DoesNotContain("Search the evidence", text);
        Assert.DoesNotContain("Accessibility statement", text);
        Assert.DoesNotContain("(Link:", text);
    }

    [Fact]
    public async Task Print_ReviewPack_HasAContentsListAndEveryTopic_EachOnItsOwnPages()
    {
        var (raw, pages) = await PrintAsync("/reviews/social-networks/print", "review-pack");
        var text = Flat(raw);
        var pageTexts = raw.Split('\f').Select(Flat).ToList();

        Assert.InRange(pages, 8, 40);
        Assert.Contains("Contents", pageTexts[0]);
        foreach (
            var topic in new[]
            {
                "Befriending",
                "Peer support",
                "Activity and occupation-based interventions",
                "Staff-facilitated social network interventions",
                "Group programmes and social skills",
                "Digital and online interventions",
            }
        )
        {
            Assert.Contains(topic, pageTexts[0]);
            // Each topic starts a page: some page begins with its title.
            Assert.Contains(pageTexts, p => p.StartsWith(topic + " Key message", StringComparison.Ordinal));
        }
        Assert.Contains("https://doi.org/10.1192/bjp.174.3.219", text);
        Assert.DoesNotContain("Search the evidence", text);
    }
}
