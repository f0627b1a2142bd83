using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// How the portal learns it is served over HTTPS, and what that means for its cookies.
/// <para>
/// Behind a reverse proxy that ends TLS (the usual NHS deployment), the proxy's X-Forwarded-Proto and
/// X-Forwarded-For are believed only from the proxies listed in Security:TrustedProxies, plus loopback
/// (a proxy on the same machine). Then Request.IsHttps is true, HSTS is sent, and the sign-in rate limit
/// counts each client's own address rather than the proxy's. Anyone else's forwarded headers are ignored.
/// </para>
/// <para>
/// Every cookie the portal sets (session, two-step sign-in, antiforgery, TempData) is HttpOnly,
/// SameSite=Strict, and Secure, except on plain http to a loopback address (a developer's machine, the
/// test suites) where a browser could not send it back otherwise. On plain http to any other address
/// the cookies are still Secure, so the browser drops them and nobody can sign in: the portal fails
/// closed rather than sending a session over the network in clear.
/// </para>
/// </summary>
public static class TransportSecurity
{
    public const string TrustedProxiesKey = "Security:TrustedProxies";

    public static IServiceCollection AddPortalTransportSecurity(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        // Read now, so a mistyped entry stops start-up instead of the first request.
        var trustedProxies = TrustedProxies(configuration).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Not X-Forwarded-Host: the Host header the proxy passes on is what links are built from.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // KnownProxies/networks start as loopback only; the configured proxies are added to them.
            foreach (var proxy in trustedProxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
            // Over HTTPS the host is the portal's public name (behind the proxy too); loopback is not special here.
            options.ExcludedHosts.Clear();
        });
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Strict;
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.OnAppendCookie = context => context.CookieOptions.Secure = NeedsSecureCookies(context.Context);
            options.OnDeleteCookie = context => context.CookieOptions.Secure = NeedsSecureCookies(context.Context);
        });
        return services;
    }

    /// <summary>Each entry an address (198.51.100.20) or a network (10.0.0.0/8, 2001:db8::/32).</summary>
    private static IEnumerable<IPNetwork> TrustedProxies(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection(TrustedProxiesKey).Get<string[]>() ?? [])
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                yield return new IPNetwork(address, address.GetAddressBytes().Length * 8);
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                yield return network;
            }
            else
            {
                throw new InvalidOperationException(
                    $"{TrustedProxiesKey}: '{entry}' is neither an IP address (198.51.100.20) nor a network "
                        + "(10.0.0.0/8). List each proxy's address or its network."
                );
            }
        }
    }

    public static WebApplication UsePortalTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>Secure unless this is plain http to this machine, from this machine (or an in-memory test
    /// server).</summary>
    public static bool NeedsSecureCookies(HttpContext context) => context.Request.IsHttps || !IsLoopbackHttp(context);

    private static bool IsLoopbackHttp(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        return IsLoopbackHost(context.Request.Host.Host) && (remote is null || IsLoopback(remote));
    }

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsLoopback(address));

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
