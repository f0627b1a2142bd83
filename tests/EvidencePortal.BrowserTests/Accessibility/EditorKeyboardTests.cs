using EvidencePortal.Web.Accounts;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// The editor's work with the keyboard only (Tab, Shift+Tab, Enter, Space and typing, never a click), with focus
/// visible on every step and every page on the way tabbed round in full. The journey publishes the Groups 4 Health
/// pilot study (Haslam 2016), which no other browser test reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditorKeyboardTests(BrowserFixture browser)
{
    private const string Study = "/studies/haslam-2016-groups-4-health-pilot";

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Editor_SignsIn_EditsAStudy_SavesPreviewsAndPublishes_WithTheKeyboardOnly(int width)
    {
        var email = await browser.CreateAccountAsync(Roles.Editor, "keyboard");
        var (page, failures) = await browser.NewPageAsync(width);
        var keys = new KeyboardFocus(page);
        await page.GotoAsync("/");

        // The sign-in link is the last thing on the page: Shift+Tab from the top reaches it.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.getAttribute('href') === '/account/login'", backwards: true);
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/account/login");
        await keys.CycleAsync();
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.id === 'Input-Email'");
        await page.Keyboard.TypeAsync(email);
        Assert.Equal("Input-Password", (await keys.TabAsync()).Id);
        await page.Keyboard.TypeAsync(BrowserFixture.EditorPassword);
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/edit");

        // Editing → studies → the study's form.
        await keys.CycleAsync();
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.getAttribute('href') === '/edit/studies'");
        await page.RunAndWaitForUrlAsync(() => page.Keyboard.PressAsync("Enter"), "/edit/studies");
        await keys.CycleAsync();
        await keys.RecordAsync();
        await keys.TabUntilAsync(
            "el => el.closest('main table') && el.innerText.startsWith('Groups 4 Health: Evidence that')"
        );
        await page.RunAndWaitForUrlAsync(
            () => page.Keyboard.PressAsync("Enter"),
            url => url.Contains("/edit/studies/", StringComparison.Ordinal)
        );
        await keys.CycleAsync();

        // Change the setting: select the field's text, type over it, Tab on to Save draft, Enter.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.id === 'Input-Setting'");
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        var setting = $"Community groups (typed at {width}px by the keyboard journey)";
        await page.Keyboard.TypeAsync(setting);
        await keys.TabUntilAsync("el => el.tagName === 'BUTTON' && el.innerText.trim() === 'Save draft'");
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-editor-save-{width}");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Draft saved");
        await Assertions.Expect(page.Locator("#Input-Setting")).ToHaveValueAsync(setting);

        // Draft → preview: the status panel's link; the preview shows the typed setting.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.innerText.trim() === 'Preview the draft as the public will see it'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".portal-preview-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(setting);
        await keys.CycleAsync();

        // Preview → publish: the banner's Publish button, pressed with Space.
        await keys.RecordAsync();
        await keys.TabUntilAsync(
            "el => el.tagName === 'BUTTON' && el.innerText.trim() === 'Publish' "
                + "&& !!el.closest('.portal-preview-banner')"
        );
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-editor-publish-{width}");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Published");
        await keys.CycleAsync();

        var (reader, _) = await browser.NewPageAsync(width);
        await reader.GotoAsync(Study);
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync(setting);
        await reader.Context.CloseAsync();

        Assert.True(keys.Problems.Count == 0, string.Join("\n", keys.Problems));
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task InvalidEdit_SubmittedByKeyboard_FocusesTheErrorSummary_WhoseLinksFocusTheFields(int width)
    {
        var (page, failures) = await browser.NewPageAsync(
            width,
            storageState: await browser.SignedInStateAsync(Roles.Editor)
        );
        var keys = new KeyboardFocus(page);
        await page.GotoAsync(EditorPageStates.DraftStudy);

        // Edit this page → clear the title and the year → Save draft.
        await keys.RecordAsync();
        await keys.TabUntilAsync("el => el.innerText.trim() === 'Edit this page'");
        await page.RunAndWaitForUrlAsync(
            () => page.Keyboard.PressAsync("Enter"),
            url => url.Contains("/edit/studies/", StringComparison.Ordinal)
        );
        await keys.RecordAsync();
        foreach (var field in new[] { "Input-Title", "Input-Year" })
        {
            await keys.TabUntilAsync($"el => el.id === '{field}'");
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await page.Keyboard.PressAsync("Delete");
        }
        await keys.TabUntilAsync("el => el.tagName === 'BUTTON' && el.innerText.trim() === 'Save draft'");
        await page.RunAndWaitForUrlAsync(
            () => page.Keyboard.PressAsync("Enter"),
            url => url.Contains("handler=Save", StringComparison.Ordinal)
        );

        // Focus starts on the summary, so a screen reader reads it and the next Tab is its first link.
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('.nhsuk-error-summary')"),
            "focus should be on the error summary after an invalid submit, is on "
            + await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)"));
        await BrowserFixture.ScreenshotAsync(page, $"keyboard-error-summary-{width}");
        var links = await page.Locator(".nhsuk-error-summary a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("#Input-Title", links);
        Assert.Contains("#Input-Year", links);

        await keys.RecordAsync();
        for (var n = 0; n < links.Length; n++)
        {
            // The first link is one Tab from the summary; the others are reached back from the field just visited.
            var link = n == 0
                ? await keys.TabAsync()
                : await keys.TabUntilAsync($"el => el.getAttribute('href') === '{links[n]}'", backwards: true);
            Assert.Equal(links[n], link.Href);
            await page.Keyboard.PressAsync("Enter");
            var field = links[n][1..];
            Assert.Equal(field, await page.EvaluateAsync<string>("() => document.activeElement.id"));
            // The field's label and error message are on screen, not scrolled off above it.
            foreach (var part in new[] { $"label[for={field}]", $"#{field}-error", $"#{field}" })
            {
                Assert.True(
                    await page.Locator(part)
                        .EvaluateAsync<bool>(
                            "el => el.getBoundingClientRect().top >= 0 "
                                + "&& el.getBoundingClientRect().bottom <= innerHeight"
                        ),
                    $"{part} should be in view after following the error summary's link to {field}"
                );
            }
        }

        Assert.True(keys.Problems.Count == 0, string.Join("\n", keys.Problems));
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }
}
