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
        // As the print dialog does, the page size and orientation the stylesheet asks for win.
        await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        Assert.Empty(failures);
        await page.Context.CloseAsync();
        var text = Run("pdftotext", $"-layout \"{pdf}\" -");
        var info = Run("pdfinfo", $"\"{pdf}\"");
        var pages = int.Parse(
            info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim()
        );
        return (text, pages);
    }

    /// <summary>pdfinfo's page size line, e.g. "841.89 x 595.276 pts (A4)".</summary>
    private static string PageSize(string name) =>
        Run("pdfinfo", $"\"{Path.Combine(RepoPaths.Artifacts, "print", name + ".pdf")}\"")
            .Split('\n')
            .Single(l => l.StartsWith("Page size:", StringComparison.Ordinal))[10..]
            .Trim();

    /// <summary>Each printed page carries "Page i of n" in its footer.</summary>
    private static void AssertNumbered(string raw, int pages)
    {
        var pageTexts = raw.Split('\f').Select(Flat).Where(p => p.Length > 0).ToList();
        Assert.Equal(pages, pageTexts.Count);
        for (var i = 0; i < pages; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages}", pageTexts[i]);
        }
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
        AssertNumbered(raw, pages);
    }

    [Fact]
    public async Task Print_Topic_DrawsNoDisclosureTriangleOverTheRatingLegend()
    {
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync("/topics/befriending");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var triangles = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('summary')].map(s => getComputedStyle(s, '::before').display)"
        );
        Assert.NotEmpty(triangles);
        Assert.All(triangles, display => Assert.Equal("none", display));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_Map_IsLandscape_StartsOnItsFirstPage_AndExplainsTheCellsInWords()
    {
        var (raw, pages) = await PrintAsync("/map", "map");
        var first = Flat(raw.Split('\f')[0]);

        var size = PageSize("map").Split(' ');
        Assert.True(double.Parse(size[0]) > double.Parse(size[2]), $"the map printed portrait: {PageSize("map")}");
        Assert.Contains("Evidence and gap map", first);
        Assert.Contains("Befriending", first);
        Assert.Contains("Each cell says in words how many studies it holds", Flat(raw));
        Assert.DoesNotContain("Colours repeat the words", Flat(raw));
        AssertNumbered(raw, pages);
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
        AssertNumbered(raw, pages);
    }
}
