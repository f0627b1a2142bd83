namespace EvidencePortal.IntegrationTests.Pages.Edit.Reviews;

/// <summary>/edit/reviews/{id}: a review's form in its three parts, with its state and the way to preview it.</summary>
[Collection(EditorPortalCollection.Name)]
public class EditPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Edit_FillsTheFormWithTheReview_InItsThreeParts()
    {
        var editor = await portal.ClientAsync();
        var review = await portal.LiveRecordAsync(db => db.Reviews);

        var page = await editor.GetOkPageAsync($"/edit/reviews/{review.Id}");

        Assert.Equal(review.ShortTitle, page.QuerySelector("main h1").Text());
        Assert.Equal(
            ["About the review", "The review's parts", "Details"],
            page.QuerySelectorAll("main form h2").Select(h => h.Text())
        );
        Assert.Equal(review.Title, page.Value("Input.Title"));
        Assert.Equal(
            review.KeyFindingsMarkdown.ReplaceLineEndings("\n").Trim(),
            page.Value("Input.KeyFindingsMarkdown")!.ReplaceLineEndings("\n").Trim()
        );
        var status = page.QuerySelector(".portal-record-status")!;
        Assert.Contains("Live No unpublished changes.", status.Text());
        Assert.Equal(
            $"/edit/reviews/{review.Id}/preview",
            status
                .QuerySelectorAll("a")
                .Single(a => a.Text().StartsWith("Preview", StringComparison.Ordinal))
                .GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_New_IsAnEmptyForm_WithNoStateYet()
    {
        var editor = await portal.ClientAsync();

        var page = await editor.GetOkPageAsync("/edit/reviews/new");

        Assert.Equal("Add a review", page.QuerySelector("main h1").Text());
        Assert.Equal("", page.Value("Input.Title"));
        Assert.Null(page.QuerySelector(".portal-record-status"));
    }

    [Fact]
    public async Task Get_Edit_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/reviews/1");
}
