using EvidencePortal.Tests;
using EvidencePortal.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Content;

public class ContentImportTests
{
    [Fact]
    public async Task StartUp_ImportsContentOnce_AndARestartOnTheSameStoreImportsNothingTwice()
    {
        using var first = new PortalFactory();
        (await first.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        await using (var db = first.NewDbContext())
        {
            Assert.Equal(40, await db.Studies.CountAsync());
            Assert.Equal(64, await db.Findings.CountAsync());
        }

        using var second = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={first.DatabasePath}");
        (await second.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        await using var again = second.NewDbContext();

        Assert.Equal(40, await again.Studies.CountAsync());
        Assert.Equal(64, await again.Findings.CountAsync());
        Assert.Equal(1, await again.Reviews.CountAsync());
        Assert.Equal(6, await again.Topics.CountAsync());
    }

    [Fact]
    public void StartUp_Stops_WithTheFileAndProblem_WhenContentIsMalformed()
    {
        var broken = CopyContent();
        var file = Path.Combine(broken, "studies", "harris-1999-befriending-chronic-depression.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("year: 1999", "year: nineteen-ninety-nine"));
        using var factory = new PortalFactory().With("Content:Root", broken);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var format = FindFormatError(error);
        Assert.NotNull(format);
        Assert.Contains("harris-1999-befriending-chronic-depression.md", format!.Message);
        Directory.Delete(broken, recursive: true);
    }

    [Fact]
    public async Task Import_StoresSanitisedHtml_SoPublicPagesNeverParseMarkdown()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await using (var db = factory.NewDbContext())
        {
            var topic = await db.Topics.SingleAsync(t => t.Slug == "digital");
            Assert.Contains("<a href=\"/studies/alvarez-jimenez-2021-horyzons-rct\">", topic.SummaryHtml);
            // Change only the Markdown: the page must keep showing the stored HTML.
            topic.SummaryMarkdown = "CHANGED WITHOUT RENDERING";
            await db.SaveChangesAsync();
        }

        var page = await client.GetOkPageAsync("/topics/digital");

        Assert.DoesNotContain("CHANGED WITHOUT RENDERING", page.MainText());
        Assert.Contains("Horyzons", page.MainText());
    }

    private static ContentFormatException? FindFormatError(Exception? error)
    {
        while (error is not null)
        {
            if (error is ContentFormatException format)
            {
                return format;
            }
            error = error is AggregateException aggregate
                ? aggregate.InnerExceptions.FirstOrDefault()
                : error.InnerException;
        }
        return null;
    }

    private static string CopyContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "portal-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
