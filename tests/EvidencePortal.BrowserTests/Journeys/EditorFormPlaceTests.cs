using EvidencePortal.Web.Accounts;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

/// <summary>
/// A long edit form keeps the editor's place: after "Add another finding" or a preview the page opens at what was
/// added, focused, with JavaScript and without; Delete asks on a page of its own. Nothing here saves, so the study
/// stays as imported for the other browser tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditorFormPlaceTests(BrowserFixture browser)
{
    private const string Study = "/studies/harris-1999-befriending-chronic-depression";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Add_another_finding_and_Preview_open_at_what_they_added_with_focus_on_it(bool javaScript)
    {
        var (page, failures) = await browser.NewPageAsync(
            javaScript: javaScript,
            storageState: await browser.SignedInStateAsync(Roles.Editor)
        );
        await OpenEditFormAsync(page);
        var findings = await page.Locator("fieldset.portal-finding-edit").CountAsync();

        await MainOf(page).GetByRole(AriaRole.Button, new() { Name = "Add another finding" }).ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.portal-finding-edit")).ToHaveCountAsync(findings + 1);
        Assert.EndsWith($"#finding-{findings + 1}", page.Url);
        await ExpectFocusedAndInViewAsync(page, $"finding-{findings + 1}");
        await BrowserFixture.ScreenshotAsync(page, $"editor-finding-added-js-{javaScript}");

        await page.Locator("#Input-AppraisalMarkdown").FillAsync("A **bold** appraisal typed by the place test.");
        await MainOf(page).GetByRole(AriaRole.Button, new() { Name = "Preview appraisal notes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-AppraisalMarkdown strong")).ToHaveTextAsync("bold");
        await ExpectFocusedAndInViewAsync(page, "preview-AppraisalMarkdown");
        await BrowserFixture.ScreenshotAsync(page, $"editor-preview-focused-js-{javaScript}");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Delete_asks_on_a_page_of_its_own_and_No_goes_back_having_deleted_nothing()
    {
        var (page, failures) = await browser.NewPageAsync(storageState: await browser.SignedInStateAsync(Roles.Editor));
        await OpenEditFormAsync(page);
        var editUrl = page.Url;
        var title = await page.Locator("main h1").TextContentAsync();

        await page.Locator(".portal-record-status").GetByRole(AriaRole.Link, new() { Name = "Delete…" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title!);
        var yes = MainOf(page).GetByRole(AriaRole.Button, new() { Name = "Yes, delete it" });
        await Assertions.Expect(yes).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "editor-delete-confirm");
        await MainOf(page).GetByRole(AriaRole.Link, new() { Name = "No, go back" }).ClickAsync();

        Assert.Equal(editUrl, page.Url);
        await Assertions.Expect(page.Locator(".portal-record-status")).Not.ToContainTextAsync("Deleted");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    private static ILocator MainOf(IPage page) => page.Locator("main");

    private static async Task OpenEditFormAsync(IPage page)
    {
        await page.GotoAsync(Study);
        await page.RunAndWaitForUrlAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Edit this page" }).ClickAsync(),
            url => url.Contains("/edit/", StringComparison.Ordinal)
        );
    }

    private static async Task ExpectFocusedAndInViewAsync(IPage page, string id)
    {
        Assert.Equal(id, await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
        var top = await page.Locator($"#{id}").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var height = await page.EvaluateAsync<double>("() => window.innerHeight");
        Assert.InRange(top, 0, height - 50);
    }
}
