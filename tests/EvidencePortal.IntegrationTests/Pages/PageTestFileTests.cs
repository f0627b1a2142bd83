using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages;

/// <summary>
/// Every Razor page (a .cshtml under Pages/ with an @page directive) has its own test file beside the others for its
/// folder, named after it: Pages/About/Ratings.cshtml is tested in Pages/About/RatingsPageTests.cs. A page added
/// without one fails here, by name.
/// </summary>
public class PageTestFileTests
{
    private static readonly string Pages = Path.Combine(RepoPaths.Root, "src", "EvidencePortal.Web", "Pages");
    private static readonly string Tests = Path.Combine(
        RepoPaths.Root,
        "tests",
        "EvidencePortal.IntegrationTests",
        "Pages"
    );

    [Fact]
    public void EveryPage_HasATestFileNamedAfterIt()
    {
        var missing = Directory.EnumerateFiles(Pages, "*.cshtml", SearchOption.AllDirectories)
            .Where(page => File.ReadLines(page).Any(line => line.StartsWith("@page", StringComparison.Ordinal)))
            .Select(page => Path.ChangeExtension(Path.GetRelativePath(Pages, page), null) + "PageTests.cs")
            .Where(test => !File.Exists(Path.Combine(Tests, test)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            missing.Count == 0,
            $"Pages without their test file: {string.Join(", ", missing.Select(m => "Pages/" + m))}"
        );
    }
}
