namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// A browser's cookie jar that, like a browser behind a TLS-terminating proxy, sends back every cookie
/// it was given, and keeps every Set-Cookie header it saw so tests can read their attributes.
/// </summary>
public sealed class CookieRecorder : DelegatingHandler
{
    private readonly Dictionary<string, string> jar = [];

    public List<string> SetCookies { get; } = [];

    /// <summary>Headers added to every request (a proxy's X-Forwarded-*, the test remote address).</summary>
    public Dictionary<string, string> Headers { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (jar.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                SetCookies.Add(cookie);
                var pair = cookie.Split(';')[0];
                var (name, value) = (
                    pair[..pair.IndexOf('=', StringComparison.Ordinal)],
                    pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]
                );
                if (
                    value.Length == 0
                    || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)
                )
                {
                    jar.Remove(name);
                }
                else
                {
                    jar[name] = value;
                }
            }
        }
        return response;
    }
}
