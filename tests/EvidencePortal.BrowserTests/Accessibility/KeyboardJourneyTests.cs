using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// Keyboard-only journeys: Tab, Shift+Tab, Enter, Space and typing, never a click. On every step focus must be
/// visible (an outline or box shadow that the unfocused element lacks); every page on the way is tabbed round
/// in full, forwards and backwards, so a keyboard trap anywhere fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public class KeyboardJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task FirstTab_ReachesTheSkipLink_AndEnterMovesFocusIntoMain(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width);
        var keys = new KeyboardFocus(page);
        await page.GotoAsync("/");
        await keys.RecordAsync();

        var first = await keys.TabAsync();
        Assert.Equal("Skip to main content", first.Text);
        Assert.True(await page.Locator(".nhsuk-skip-link").IsVisibleAsync(), "the focused skip link is on screen");
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-skip-link-{width}");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("maincontent", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var next = await keys.TabAsync();
        Assert.Equal("main", next.Region);
        Assert.Equal(
            "What works to improve social networks and prevent social isolation for people with mental health problems",
            next.Text
        );

        Assert.Empty(keys.Problems);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    /// <summary>The focus check itself: with the focus style taken away, a focused link must be reported.</summary>
    [Fact]
    public async Task FocusCheck_ReportsALinkWhoseFocusStyleWasRemoved()
    {
        var (page, _) = await browser.NewPageAsync();
        var keys = new KeyboardFocus(page);
        await page.GotoAsync("/");
        // CSSOM, not a <style> element: the portal's CSP (rightly) refuses inline styles.
        await page.EvaluateAsync(
            "() => document.styleSheets[document.styleSheets.length - 1].insertRule("
                + "'main a:focus { background-color: transparent !important; box-shadow: none !important; "
                + "outline: none !important; color: inherit !important }')"
        );
        await keys.RecordAsync();

        await keys.TabUntilAsync("el => !!el.closest('main')");

        Assert.Single(keys.Problems);
        Assert.Contains("focus is not visible", keys.Problems[0]);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task HomePage_FocusOrderFollowsTheLayout_FromHeaderToMain_WithNoTraps(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width);
        var keys = new KeyboardFocus(page);
        await page.GotoAsync("/");

        var cycle = await keys.CycleAsync();

        // Regions come in page order: skip link, header, main, footer; none is revisited.
        var regions = cycle.Select(s => s.Region).Distinct().ToList();
        Assert.Equal(["skip", "banner", "main", "contentinfo"], regions);
        // Within the header, focus never moves back up the screen, and along a row it moves rightwards.
        var header = cycle.Where(s => s.Region is "skip" or "banner").Skip(1).ToList();
        for (var i = 1; i < header.Count; i++)
        {
            var (a, b) = (header[i - 1], header[i]);
            var nextRow = b.Top >= a.Bottom - 2;
            var sameRowRightwards = b.Top < a.Bottom && b.Bottom > a.Top && b.Left >= a.Right - 2;
            Assert.True(
                nextRow || sameRowRightwards,
                $"focus jumps against the layout from {a} ({a.Left},{a.Top}) to {b} ({b.Left},{b.Top})"
            );
        }
        Assert.Equal(
            [
                "EvidencePortal Research on social networks and isolation in mental health",
                "Search the evidence",
                "Search",
                "Home",
                "Reviews",
                "Studies",
                "Evidence map",
                "How ratings work",
            ],
            header.Select(s => s.Text)
        );
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-home-{width}");

        Assert.Empty(keys.Problems);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Practitioner_ReachesATopicAStudyFiltersAndSearch_WithTheKeyboardOnly(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width);
        var keys = new KeyboardFocus(page);
        await page.GotoAsync("/");
        await keys.CycleAsync();

        // Home → topic: Tab to the topic card's link, Enter.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.getAttribute('href') === '/topics/befriending'");
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/topics/befriending");
        await keys.CycleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-topic-{width}");

        // Topic → study.
        await keys.RecordAsync();
        await keys.TabUntilAsync(
            "el => el.getAttribute('href') === '/studies/priebe-2019-volume-befriending-rct' "
                + "&& !!el.closest('#studies')"
        );
        await page.RunAndWaitForUrlAsync(
            () => page.Keyboard.PressAsync("Enter"),
            "/studies/priebe-2019-volume-befriending-rct"
        );
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("volunteer befriending programme");
        await keys.CycleAsync();

        // Study → all studies from the header navigation; tick two filters with Space and apply with Enter.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.matches('header nav a[href=\"/studies\"]')");
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/studies");
        await keys.CycleAsync();
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.name === 'topic' && el.value === 'peer-support'");
        await keys.PressAsync("Space");
        await keys.TabUntilAsync("el => el.name === 'design' && el.value === 'rct'");
        await keys.PressAsync("Space");
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-studies-filters-{width}");
        await keys.TabUntilAsync("el => el.tagName === 'BUTTON' && el.innerText.trim() === 'Apply filters'");
        await page.RunAndWaitForUrlAsync(
            () => page.Keyboard.PressAsync("Enter"),
            url =>
                url.Contains("topic=peer-support", StringComparison.Ordinal)
                && url.Contains("design=rct", StringComparison.Ordinal)
        );
        await Assertions.Expect(page.Locator("#results h2")).ToHaveTextAsync("1 study");

        // Search from the header box: type and press Enter.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.id === 'search-field'");
        await page.Keyboard.TypeAsync("befriending");
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/search?q=befriending");
        await Assertions.Expect(page.Locator("#results ol.portal-results h3 a").First).ToBeVisibleAsync();
        await keys.CycleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-search-{width}");

        Assert.True(keys.Problems.Count == 0, string.Join("\n", keys.Problems));
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }
}
