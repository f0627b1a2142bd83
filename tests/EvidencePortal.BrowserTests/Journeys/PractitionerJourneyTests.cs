using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class PractitionerJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Practitioner_GoesFromHomeToATopicToAStudy(int width)
    {
        var (page, failures) = await browser.NewPageAsync(width);

        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, $"home-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Befriending", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/topics/befriending");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Befriending");
        await Assertions.Expect(page.Locator(".portal-rating-panel")).ToContainTextAsync("Direction of effect");
        await BrowserFixture.ScreenshotAsync(page, $"topic-befriending-{width}");

        await page.Locator("#studies a[href='/studies/priebe-2019-volume-befriending-rct']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("volunteer befriending programme");
        await Assertions.Expect(page.Locator("a[href='https://doi.org/10.1192/bjp.2019.42']")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"study-priebe-{width}");

        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/topics/staff-facilitated")]
    [InlineData("/reviews/social-networks")]
    [InlineData("/studies")]
    [InlineData("/studies/terzian-2013-social-network-intervention-schizophrenia")]
    public async Task Pages_FitAPhoneScreen_WithoutSidewaysScrolling(string url)
    {
        var (page, failures) = await browser.NewPageAsync(375, 800);

        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        );

        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 375px screen");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pages_AreStyledByTheVendoredNhsFrontend()
    {
        var (page, failures) = await browser.NewPageAsync();

        await page.GotoAsync("/");
        var headerColour = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('header.nhsuk-header')).backgroundColor"
        );

        Assert.Equal("rgb(0, 94, 184)", headerColour);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Practitioner_FiltersStudies_WithJavaScriptTurnedOff_AndSharesTheLink()
    {
        var (page, failures) = await browser.NewPageAsync(javaScript: false);

        await page.GotoAsync("/studies");
        await page.GetByRole(AriaRole.Group, new() { Name = "Topic" }).GetByLabel("Peer support").CheckAsync();
        await page.GetByLabel("Randomised controlled trial").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        Assert.Contains("topic=peer-support", page.Url);
        Assert.Contains("design=rct", page.Url);
        await Assertions.Expect(page.Locator("#results h2")).ToHaveTextAsync("1 study");
        await BrowserFixture.ScreenshotAsync(page, "studies-filtered-no-js");

        // The shared link reproduces the same view in a new browser.
        var (second, _) = await browser.NewPageAsync(javaScript: false);
        await second.GotoAsync(page.Url);
        await Assertions
            .Expect(second.Locator(".portal-results h3 a"))
            .ToHaveTextAsync(await page.Locator(".portal-results h3 a").InnerTextAsync());

        Assert.Empty(failures);
        await page.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
