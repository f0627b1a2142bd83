using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.About;

/// <summary>/about/accessibility: the accessibility statement the regulations ask a public sector site for.</summary>
[Collection(PortalCollection.Name)]
public class AccessibilityPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Accessibility_IsTheStatement_WithItsStatusLimitationsAndHowToReport()
    {
        var page = await client.GetOkPageAsync("/about/accessibility");

        Assert.Equal("Accessibility statement", page.QuerySelector("main h1").Text());
        Assert.Equal("Accessibility statement – EvidencePortal", page.Title);
        var headings = page.QuerySelectorAll("main h2").Select(h => h.Text()).ToList();
        Assert.Equal(["What you can expect", "How we test", "Known limitations", "Compliance status",
            "Reporting accessibility problems", "Enforcement procedure", "Preparation of this statement"], headings);
        Assert.Contains("partially compliant with WCAG version 2.2 at level AA", page.MainText());
    }

    [Fact]
    public async Task Get_Accessibility_IsReachedFromThePageFooter()
    {
        var home = await client.GetOkPageAsync("/");

        Assert.NotNull(home.QuerySelector("footer a[href='/about/accessibility']"));
    }
}
