using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

/// <summary>The map fits a desktop and a phone: every column is reachable by scrolling its box, and while it scrolls
/// the header row and the first column stay in view, so a reader always knows which cell they are in.</summary>
[Collection(BrowserCollection.Name)]
public class MapFitTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Every_column_is_reachable_and_the_headings_stay_in_view(int width, int height)
    {
        var (page, failures) = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/map");
        var box = page.Locator(".portal-map-wrap");
        await Assertions.Expect(page.Locator(".portal-map-hint")).ToBeVisibleAsync();

        // Scrolled to the far right and the bottom, as a reader does with the box's scroll bars or arrow keys.
        await box.EvaluateAsync("b => { b.scrollLeft = b.scrollWidth; b.scrollTop = b.scrollHeight; }");
        Assert.True(await box.EvaluateAsync<double>("b => b.scrollTop") > 0, "the map's box did not scroll down");
        var frame = await box.BoundingBoxAsync();
        var last = await page.Locator(".portal-map thead th").Last.BoundingBoxAsync();
        var header = await page.Locator(".portal-map thead th").First.BoundingBoxAsync();
        var rowHeading = await page.Locator(".portal-map tbody th[scope=row]").Last.BoundingBoxAsync();
        Assert.InRange(last!.X + last.Width, frame!.X, frame.X + frame.Width + 1);
        Assert.InRange(header!.Y, frame.Y, frame.Y + 4);
        Assert.InRange(rowHeading!.X, frame.X, frame.X + 4);
        await BrowserFixture.ScreenshotAsync(page, $"map-scrolled-{width}");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }
}
