using EvidencePortal.Web.Publishing;
using Microsoft.AspNetCore.ResponseCompression;

namespace EvidencePortal.Web.Hosting;

public static class CachingSetup
{
    /// <summary>
    /// Anonymous public pages come from the output cache (compressed once, stored compressed) until
    /// something is published. The cache sits before routing and authentication (see UsePortalPipeline), so
    /// a hit costs as little as possible; a request carrying the session cookie is therefore recognised by
    /// the cookie and never looked up or stored: an editor's page (with its Edit links and name) never
    /// reaches the public, and an editor never sees a stale public copy.
    /// </summary>
    public static IServiceCollection AddPortalCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .With(context => IsPublicPage(context.HttpContext.Request.Path)
                && !context.HttpContext.Request.Cookies.ContainsKey(Accounts.AccountSetup.SessionCookie))
            .SetVaryByQuery("*")
            .SetVaryByHeader("Accept-Encoding")
            .Expire(TimeSpan.FromHours(1))
            .Tag(OutputCacheEvictor.PublicPagesTag)));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<CacheAwareBrotliProvider>();
            options.Providers.Add<CacheAwareGzipProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([
                "application/xml",
                "application/atom+xml",
                "application/x-research-info-systems",
                "application/x-bibtex",
                "text/csv",
            ]);
        });
        services.AddSingleton<IPublishedChangeObserver, OutputCacheEvictor>();
        services.AddScoped<PublishedChangeNotifier>();
        services.AddSingleton<OtherInstances>();
        services.AddHostedService(sp => sp.GetRequiredService<OtherInstances>());
        return services;
    }

    private static bool IsPublicPage(PathString path) =>
        !path.StartsWithSegments("/edit") && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/health")
        && !path.StartsWithSegments("/error") && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/css")
        && !path.StartsWithSegments("/js");
}
