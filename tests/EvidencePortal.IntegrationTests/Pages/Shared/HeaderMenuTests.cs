using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Shared;

/// <summary>The header menu marks the section a page belongs to, for the eye and for screen readers
/// (aria-current).</summary>
[Collection(PortalCollection.Name)]
public class HeaderMenuTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/topics/befriending", "Reviews")]
    [InlineData("/studies/priebe-2019-volume-befriending-rct", "Studies")]
    [InlineData("/map", "Evidence map")]
    [InlineData("/about/ratings", "How ratings work")]
    [InlineData("/about/accessibility", null)]
    [InlineData("/search?q=befriending", null)]
    public async Task TheMenuMarksOnlyTheSectionThePageIsIn(string url, string? current)
    {
        var page = await client.GetOkPageAsync(url);

        var marked = page.QuerySelectorAll(".nhsuk-header__navigation-link[aria-current=page]")
            .Select(a => a.TextContent.Trim())
            .ToList();
        var highlighted = page.QuerySelectorAll(".nhsuk-header__navigation-item--current")
            .Select(li => li.TextContent.Trim())
            .ToList();

        Assert.Equal(current is null ? [] : [current], marked);
        Assert.Equal(marked, highlighted);
    }
}
