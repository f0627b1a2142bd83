namespace EvidencePortal.Web.Pages.Shared;

/// <summary>One link of the header's menu.</summary>
public sealed record NavItem(string Text, string Href, bool Current)
{
    /// <summary>The menu, with the section the page at <paramref name="path"/> belongs to marked current.</summary>
    public static NavItem[] For(string path) =>
    [
        new("Home", "/", path == "/"),
        new("Reviews", "/reviews", path.StartsWith("/reviews") || path.StartsWith("/topics")),
        new("Studies", "/studies", path.StartsWith("/studies")),
        new("Evidence map", "/map", path.StartsWith("/map")),
        // Only its own page: the accessibility statement, also under /about, is not "How ratings work" (aria-current
        // would say it is).
        new("How ratings work", "/about/ratings", path.StartsWith("/about/ratings")),
    ];
}
