using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1/2.2 A and AA) and the structural checks on every page and error state in
/// <see cref="PublicPageStates"/> and <see cref="EditorPageStates"/>, at 1280 px and at 375 px: one row per state; the
/// page is reached once and checked at both widths (the layout reflows in place: the portal needs no script to
/// adapt).
/// </summary>
[Collection(BrowserCollection.Name)]
public class PageAccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static readonly int[] Widths = [1280, 375];

    public static TheoryData<string> PublicStates => [.. PublicPageStates.All.Select(s => s.Name)];
    public static TheoryData<string> EditorStates => [.. EditorPageStates.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(PublicStates))]
    public Task PublicPage_HasNoAccessibilityViolations_AtDesktopAndPhoneWidths(string state) =>
        CheckAsync(PublicPageStates.All.Single(s => s.Name == state));

    [Theory]
    [MemberData(nameof(EditorStates))]
    public Task EditorPage_HasNoAccessibilityViolations_AtDesktopAndPhoneWidths(string state) =>
        CheckAsync(EditorPageStates.All.Single(s => s.Name == state));

    private async Task CheckAsync(PageState state)
    {
        var storage = state.Role is null ? null : await browser.SignedInStateAsync(state.Role);
        var (page, failures) = await browser.NewPageAsync(Widths[0], storageState: storage);
        var statuses = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && response.Frame == page.MainFrame)
            {
                statuses.Add(response.Status);
            }
        };

        await state.Arrange(new PageStateContext(browser, page));
        await page.WaitForLoadStateAsync(LoadState.Load);

        var problems = new List<string>();
        if (statuses.Count == 0 || statuses[^1] != state.Status)
        {
            problems.Add(
                $"[{state.Name}] answered {(statuses.Count == 0 ? "nothing" : statuses[^1])} at {page.Url}, "
                    + $"expected {state.Status}"
            );
        }
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var label = $"{state.Name} at {width}px";
            var axe = await AxeCheck.RunAsync(page, label);
            problems.AddRange(axe.Violations);
            axe.Advice.ToList().ForEach(a => output.WriteLine("best practice (reported, not failing): " + a));
            axe.NeedsReview.ToList().ForEach(a => output.WriteLine("axe could not decide (needs review): " + a));
            var structure = (await PageStructure.ProblemsAsync(page)).Select(p => $"[{label}] {p}").ToList();
            problems.AddRange(structure);
            if (axe.Violations.Count + structure.Count > 0)
            {
                await BrowserFixture.ScreenshotAsync(page, $"a11y-failed-{state.Name}-{width}");
            }
        }
        // The arranged page's own error status is expected; anything else that failed (a style sheet, an image) is not.
        var ownStatusInConsole =
            "console: Failed to load resource: the server responded with a status of "
            + $"{state.Status} ({ReasonPhrases.GetReasonPhrase(state.Status)})";
        problems.AddRange(
            failures.Where(f =>
                !(
                    state.Status >= 400
                    && (f.StartsWith($"{state.Status} ", StringComparison.Ordinal) || f == ownStatusInConsole)
                )
            )
        );

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) on {page.Url}:\n" + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
