using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// The address absolute links are written with (the Atom feed, the CSV's address column, "Printed from", "Cite this
/// page", RIS and BibTeX, the API): Site:PublicUrl when it is set, so a forged Host header can never put another site's
/// address into what readers print, cite or subscribe to; otherwise the request's own scheme and host (a local trial).
/// </summary>
public static class PublicAddress
{
    public const string Setting = "Site:PublicUrl";

    public sealed class Options
    {
        public Uri? PublicUrl { get; set; }
    }

    public static IServiceCollection AddPortalPublicAddress(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured)
            && (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
                || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment)))
        {
            throw new InvalidOperationException(
                $"{Setting} is '{configured}': give the portal's public address, like https://evidence.example.nhs.uk"
            );
        }
        services.Configure<Options>(o =>
            o.PublicUrl = string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured)
        );
        return services;
    }

    /// <summary>"https://evidence.example.nhs.uk" (with any path the portal is served under), no trailing
    /// slash.</summary>
    public static string SiteAddress(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<Options>>().Value.PublicUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>This request's page at the public address, query included.</summary>
    public static string PageAddress(this HttpRequest request) =>
        request.SiteAddress() + request.Path + request.QueryString;
}
