using System.Net;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Topics;

public class EditPageTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<int> TopicIdAsync(string slug)
    {
        await using var db = portal.NewDbContext();
        return await db.Topics.Where(t => t.Slug == slug && t.DraftOfId == null).Select(t => t.Id).SingleAsync();
    }

    [Fact]
    public async Task Post_Preview_RendersTheSummaryThroughThePublicPipeline_WithoutSaving()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await TopicIdAsync("digital");
        var form = await editor.GetOkPageAsync($"/edit/topics/{id}");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.SummaryMarkdown"] =
                    "## New heading\n\n"
                    + "A [link](https://example.org) and <script>alert(1)</script> and [bad](javascript:alert(1))",
            },
            action: "?handler=Preview&field=SummaryMarkdown"
        );
        var page = await Html.ParseAsync(response);

        var preview = page.QuerySelector(".portal-markdown-preview .portal-prose")!;
        Assert.Equal("New heading", preview.QuerySelector("h2")!.TextContent);
        Assert.NotNull(preview.QuerySelector("a[href='https://example.org'][rel='noopener noreferrer']"));
        Assert.Empty(preview.ForeignScripts());
        Assert.DoesNotContain("javascript:", preview.InnerHtml);
        Assert.Contains("## New heading", page.Value("Input.SummaryMarkdown"));
        await using var db = portal.NewDbContext();
        Assert.False(await db.Topics.AnyAsync(t => t.DraftOfId == id));
    }

    [Fact]
    public async Task Post_Save_RequiresARationale_ToOverrideTheRating_AndShowsItOncePublished()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await TopicIdAsync("peer-support");
        var form = await editor.GetOkPageAsync($"/edit/topics/{id}");

        var refused = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.OverrideDirection"] = "Positive", ["Input.OverrideStrength"] = "Low" }
        );
        var refusedPage = await Html.ParseAsync(refused);
        Assert.Contains(
            "Explain why the computed rating is being overridden",
            refusedPage.QuerySelector(".nhsuk-error-summary").Text()
        );

        var saved = await editor.SubmitAsync(
            refusedPage,
            "form[action*='handler=Save']",
            new() { ["Input.OverrideRationale"] = "A new UK trial is being added to the records." }
        );
        var (_, editPage) = await editor.FollowAsync(saved);
        var published = await editor.SubmitAsync(editPage, ".portal-record-status form[action*='handler=Publish']", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var topic = await portal.CreateClient().GetOkPageAsync("/topics/peer-support");
        var rating = topic.QuerySelector(".portal-rating-panel").Text();
        Assert.Contains("Direction of effect Positive", rating);
        Assert.Contains("A new UK trial is being added to the records.", rating);
    }

    [Fact]
    public async Task Post_Save_CreatesANewTopic_AsADraftTheHomePageDoesNotShow()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var form = await editor.GetOkPageAsync("/edit/topics/new");
        var options = form.QuerySelectorAll("select[name='Input.ReviewId'] option");
        var reviewId = options[^1].GetAttribute("value");

        var saved = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.ReviewId"] = reviewId,
                ["Input.Title"] = "Housing and neighbourhood",
                ["Input.KeyMessage"] = "Draft topic.",
                ["Input.SummaryMarkdown"] = "To follow.",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await portal.CreateClient().GetOkPageAsync("/");
        Assert.DoesNotContain("Housing and neighbourhood", home.MainText());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await portal.CreateClient().GetAsync("/topics/housing-and-neighbourhood")).StatusCode
        );
    }
}
