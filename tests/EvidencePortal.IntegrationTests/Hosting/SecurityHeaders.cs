using System.Text.RegularExpressions;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>What every response must carry, as a list of what is wrong with one.</summary>
public static partial class SecurityHeaders
{
    public static IEnumerable<string> Problems(HttpResponseMessage response, bool https)
    {
        var headers = response
            .Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var csp = headers.GetValueOrDefault("Content-Security-Policy");
        if (csp is null)
        {
            yield return "no Content-Security-Policy";
        }
        else
        {
            var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.OrdinalIgnoreCase);
            if (
                csp.Contains("unsafe-inline", StringComparison.OrdinalIgnoreCase)
                || csp.Contains("unsafe-eval", StringComparison.OrdinalIgnoreCase)
            )
            {
                yield return "CSP allows unsafe-inline or unsafe-eval: " + csp;
            }
            foreach (
                var (name, value) in new[]
                {
                    ("frame-ancestors", "frame-ancestors 'none'"),
                    ("object-src", "object-src 'none'"),
                    ("default-src", "default-src 'self'"),
                }
            )
            {
                if (directives.GetValueOrDefault(name) != value)
                {
                    yield return $"CSP lacks {value}: {csp}";
                }
            }
            if (directives.GetValueOrDefault("base-uri") is not "base-uri 'none'")
            {
                yield return "CSP lacks base-uri 'none': " + csp;
            }
            if (Wildcard().IsMatch(csp))
            {
                yield return "CSP allows a wildcard, data: or http: source: " + csp;
            }
        }
        if (headers.GetValueOrDefault("X-Content-Type-Options") != "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }
        if (
            headers.GetValueOrDefault("Referrer-Policy")
            is not ("no-referrer" or "same-origin" or "strict-origin" or "strict-origin-when-cross-origin")
        )
        {
            yield return "no strict Referrer-Policy";
        }
        foreach (var banner in new[] { "Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version" })
        {
            if (headers.TryGetValue(banner, out var value))
            {
                yield return $"a {banner} header: {value}";
            }
        }
        var hsts = headers.GetValueOrDefault("Strict-Transport-Security");
        if (https)
        {
            var maxAge = hsts is null ? null : MaxAge().Match(hsts);
            if (
                maxAge is null
                || !maxAge.Success
                || long.Parse(maxAge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 31_536_000
            )
            {
                yield return $"over https without HSTS of a year or more ({hsts})";
            }
        }
        else if (hsts is not null)
        {
            yield return "HSTS sent over plain http";
        }
    }

    [GeneratedRegex(@"(^|\s)(\*|data:|http:|https:)(\s|;|$)")]
    private static partial Regex Wildcard();

    [GeneratedRegex(@"max-age=(\d+)")]
    private static partial Regex MaxAge();
}
