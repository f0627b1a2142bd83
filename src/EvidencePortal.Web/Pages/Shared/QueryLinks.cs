namespace EvidencePortal.Web.Pages.Shared;

/// <summary>This request's address with some query parameters changed (null removes one); the rest are kept.</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                query.Remove(key);
            }
            else
            {
                query[key] = value;
            }
        }
        var pairs = query.SelectMany(q =>
            q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}")
        );
        var text = string.Join("&", pairs);
        return text.Length == 0 ? request.Path.Value ?? "/" : $"{request.Path.Value}?{text}";
    }
}
