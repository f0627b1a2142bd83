using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class SearchJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Practitioner_SearchesFromTheHeader_AndOpensAResult(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width);

        await page.GotoAsync("/studies");
        var field = page.Locator("#search-field");
        if (!await field.IsVisibleAsync())
        {
            // On narrow screens NHS.UK frontend may tuck the header search behind a toggle.
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).First.ClickAsync();
        }
        await field.FillAsync("befriending schizophrenia");
        await field.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/search?q=befriending+schizophrenia");
        await Assertions.Expect(page.Locator("#results ol.portal-results mark").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"search-results-{width}");
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        );
        Assert.True(overflow <= 0, $"the results page is {overflow}px wider than the screen");

        await page.Locator("#results ol.portal-results h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/studies/priebe-2019-volume-befriending-rct");
        await Assertions.Expect(page.Locator("#cite-heading")).ToHaveTextAsync("Cite this page");
        await BrowserFixture.ScreenshotAsync(page, $"search-opened-study-{width}");

        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Map_ScrollsInsideItsRegion_AndACellOpensItsStudies(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width, javaScript: false);

        await page.GotoAsync("/map");
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        );
        Assert.True(overflow <= 0, $"/map is {overflow}px wider than a {width}px screen");
        await BrowserFixture.ScreenshotAsync(page, $"map-{width}");

        var cell = page.Locator(".portal-map td a").First;
        var count = int.Parse((await cell.InnerTextAsync()).Split(' ')[0]);
        await cell.ClickAsync();
        await Assertions.Expect(page.Locator(".portal-results h3 a")).ToHaveCountAsync(count);

        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }
}
