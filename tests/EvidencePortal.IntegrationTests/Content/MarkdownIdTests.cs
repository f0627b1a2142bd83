using System.Net;
using AngleSharp.Dom;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Content;

/// <summary>
/// Headings an editor writes can be called anything, including the names of the page's own landmarks: their ids must
/// never repeat one the page already has, on the public page, the review, the print pack or the editor's preview.
/// </summary>
public sealed class MarkdownIdTests : IDisposable
{
    private const string Summary =
        "## Main content\n\nText.[^1]\n\n## Session dialog\n\n## Summary\n\n## Key findings\n\n"
        + "## Results\n\n## Topics\n\n## Maincontent\n\n[^1]: A footnote.";

    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Publish_HeadingsNamedLikeThePagesOwnIds_NeverRepeatAnIdOnAnyPageThatShowsThem()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await TopicIdAsync();
        var form = await editor.GetOkPageAsync($"/edit/topics/{id}");

        var preview = await Html.ParseAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                new() { ["Input.SummaryMarkdown"] = Summary },
                action: "?handler=Preview&field=SummaryMarkdown"
            )
        );
        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.SummaryMarkdown"] = Summary }
        );
        var (_, editPage) = await editor.FollowAsync(saved);
        var published = await editor.SubmitAsync(editPage, ".portal-record-status form[action*='handler=Publish']", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        AssertIdsUnique(preview, "the editor's preview");
        var reader = portal.CreateClient();
        foreach (var url in new[] { "/topics/befriending", "/reviews/social-networks/print" })
        {
            var page = await reader.GetOkPageAsync(url);
            Assert.True(
                page.Body!.TextContent.Contains("Session dialog", StringComparison.Ordinal),
                $"{url} does not show the summary"
            );
            AssertIdsUnique(page, url);
        }
        var topic = await reader.GetOkPageAsync("/topics/befriending");
        var footnoteLink = topic.QuerySelector(".portal-prose sup")!.ParentElement!.GetAttribute("href")!;
        Assert.NotNull(topic.GetElementById(footnoteLink[1..]));
    }

    [Fact]
    public async Task ReviewPages_HeadingsNamedLikeThePagesOwnIds_InEveryReviewSection_NeverRepeatAnId()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var review = await db.Reviews.SingleAsync(r => r.Slug == "social-networks" && r.DraftOfId == null);
            (
                review.OverviewMarkdown,
                review.SummaryOfStudiesMarkdown,
                review.KeyFindingsMarkdown,
                review.FutureResearchMarkdown
            ) = (Summary, Summary, Summary, Summary);
            RecordHtml.Render(review, scope.ServiceProvider.GetRequiredService<MarkdownRenderer>());
            await db.SaveChangesAsync();
        }

        foreach (var url in new[] { "/reviews/social-networks", "/reviews/social-networks/print", "/" })
        {
            var page = await portal.CreateClient().GetOkPageAsync(url);
            AssertIdsUnique(page, url);
        }
    }

    [Fact]
    public async Task Upgrade_ReRendersHtmlStoredWithUnscopedIds()
    {
        await using (var db = portal.NewDbContext())
        {
            await db
                .Topics.Where(t => t.Slug == "befriending")
                .ExecuteUpdateAsync(set =>
                    set.SetProperty(t => t.SummaryMarkdown, Summary)
                        .SetProperty(t => t.SummaryHtml, "<h2 id=\"main-content\">Main content</h2>")
                );
            // As a store from before the change: the migration that scopes the ids has not run on it.
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%_ScopeMarkdownIds'"
            );
        }
        SqliteConnection.ClearAllPools();

        using var upgraded = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={portal.DatabasePath}");
        var page = await upgraded.CreateClient().GetOkPageAsync("/topics/befriending");

        AssertIdsUnique(page, "the upgraded topic page");
        Assert.Equal("Main content", page.GetElementById("md-topic-befriending-main-content")?.TextContent);
    }

    private static void AssertIdsUnique(IDocument page, string where)
    {
        var repeated = page.QuerySelectorAll("[id]")
            .GroupBy(e => e.Id)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(repeated.Count == 0, $"{where} repeats the ids {string.Join(", ", repeated)}");
        Assert.All(page.QuerySelectorAll(".portal-prose h2"), heading => Assert.StartsWith("md-", heading.Id));
    }

    private async Task<int> TopicIdAsync()
    {
        await using var db = portal.NewDbContext();
        return await db
            .Topics.Where(t => t.Slug == "befriending" && t.DraftOfId == null)
            .Select(t => t.Id)
            .SingleAsync();
    }
}
