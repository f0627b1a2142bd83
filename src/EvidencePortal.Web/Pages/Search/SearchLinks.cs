namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Addresses for the same search with one filter added, removed or replaced, so every view is a
/// link that can be shared. Any change of filters goes back to page 1.
/// </summary>
public sealed class SearchLinks(IQueryCollection query)
{
    private readonly List<(string Key, string Value)> pairs = query
        .SelectMany(q => q.Value.Select(v => (Key: q.Key, Value: v ?? "")))
        .Where(p => p.Key is not "page" && p.Value.Length > 0)
        .ToList();

    public string With(string key, string value) =>
        Build(pairs.Where(p => !(Same(p.Key, key) && p.Value == value)).Append((key, value)));

    public string Without(string key, string value) =>
        Build(pairs.Where(p => !(Same(p.Key, key) && p.Value == value)));

    /// <summary>Replaces every value of these keys (null leaves a key out).</summary>
    public string Set(params (string Key, string? Value)[] changes)
    {
        var kept = pairs.Where(p => !changes.Any(c => Same(c.Key, p.Key)));
        return Build(kept.Concat(changes.Where(c => c.Value is not null).Select(c => (c.Key, c.Value!))));
    }

    public string Page(int page) => Build(page == 1 ? pairs : pairs.Append(("page", page.ToString())));

    public string WithoutFilters() => Build(pairs.Where(p => Same(p.Key, "q")));

    public static string ForQuery(string text) => "/search?q=" + Uri.EscapeDataString(text);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Build(IEnumerable<(string Key, string Value)> items)
    {
        // The search words first, so a shared link reads naturally.
        var ordered = items.OrderBy(p => Same(p.Key, "q") ? 0 : 1);
        var text = string.Join(
            "&",
            ordered.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")
        );
        return text.Length == 0 ? "/search" : "/search?" + text;
    }
}
