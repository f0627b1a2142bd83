using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Shared;

/// <summary>The edit forms' fields, bound with asp-for, keep the ids the error summary and the Markdown previews rely
/// on.</summary>
public class EditFormMarkupTests(EditFormMarkupTests.Fixture fixture) : IClassFixture<EditFormMarkupTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        private Task<HttpClient>? editor;

        public Task<HttpClient> EditorAsync() => editor ??= EditorTestClient.SignInAsync(this);
    }

    [Theory]
    [InlineData("studies", 5)]
    [InlineData("topics", 5)]
    [InlineData("reviews", 9)]
    [InlineData("interventions", 4)]
    [InlineData("outcomes", 4)]
    public async Task Post_Save_LinksEveryMessageInTheErrorSummaryToItsField(string folder, int atLeast)
    {
        var editor = await fixture.EditorAsync();
        var form = await editor.GetOkPageAsync($"/edit/{folder}/new");

        var response = await editor.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.Slug"] = "Not an address",
                ["Input.Order"] = "first",
                ["Input.LastReviewedOn"] = "yesterday",
                ["Input.Year"] = "1066",
            }
        );
        var page = await Html.ParseAsync(response);

        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        Assert.True(links.Count >= atLeast, string.Join("\n", links.Select(a => a.Text())));
        foreach (var link in links)
        {
            var field = page.QuerySelector(link.GetAttribute("href")!);
            Assert.True(
                field?.TagName is "INPUT" or "TEXTAREA" or "SELECT",
                $"'{link.Text()}' links to {link.GetAttribute("href")}, which is no field"
            );
            Assert.Contains(field!.Id + "-error", field.GetAttribute("aria-describedby") ?? "");
            Assert.Contains(link.Text(), page.QuerySelector($"#{field.Id}-error").Text());
        }
    }

    [Fact]
    public async Task Post_Preview_ShowsOnlyTheAskedField_WithIdsOfItsOwn()
    {
        var editor = await fixture.EditorAsync();
        var form = await editor.GetOkPageAsync("/edit/reviews/new");
        var values = new Dictionary<string, string?>
        {
            ["Input.KeyFindingsMarkdown"] = "## Same heading",
            ["Input.OverviewMarkdown"] = "## Same heading",
        };

        var overview = await Html.ParseAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                values,
                action: "?handler=Preview&field=OverviewMarkdown"
            )
        );
        var findings = await Html.ParseAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                values,
                action: "?handler=Preview&field=KeyFindingsMarkdown"
            )
        );

        var preview = Assert.Single(overview.QuerySelectorAll(".portal-markdown-preview"));
        Assert.NotNull(preview.ParentElement!.QuerySelector("#Input-OverviewMarkdown"));
        Assert.Equal("Preview of overview", preview.GetAttribute("aria-label"));
        var otherId = Assert.Single(findings.QuerySelectorAll(".portal-markdown-preview h2")).Id;
        Assert.NotEqual(preview.QuerySelector("h2")!.Id, otherId);
        Assert.Null(overview.QuerySelector($"[id='{otherId}']"));
    }

    [Fact]
    public async Task Get_Edit_SizesInputsWithTheWidthClassesTheStylesheetKeeps()
    {
        var page = await (await fixture.EditorAsync()).GetOkPageAsync("/edit/studies/new");

        Assert.True(page.QuerySelector("#Input-Year")!.ClassList.Contains("nhsuk-input--width-4"));
        Assert.True(page.QuerySelector("#Input-LastReviewedOn")!.ClassList.Contains("nhsuk-input--width-10"));
        Assert.True(page.QuerySelector("#Input-Country")!.ClassList.Contains("nhsuk-input--width-20"));
        Assert.True(page.QuerySelector("#Input-Doi")!.ClassList.Contains("nhsuk-input--width-30"));
    }
}
