using Serilog;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// The request pipeline, in order, and the endpoints it ends in: Razor Pages with their access rules and filters,
/// static assets, health checks. The other hosting pieces in this folder plug into it.
/// </summary>
public static class PortalPipeline
{
    /// <summary>What the pipeline and its endpoints need registered: Razor Pages, antiforgery, health checks.</summary>
    public static IServiceCollection AddPortalPipeline(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // Editors' pages refuse anonymous users (sent to sign in) and users without the role (403).
            options.Conventions.AuthorizeFolder("/Edit", Accounts.Roles.CanEdit);
            options.Conventions.AuthorizeFolder("/Edit/Audit", Accounts.Roles.CanAdminister);
        }).AddMvcOptions(options =>
        {
            options.Filters.Add(new NoHandlerFilter());
            options.Filters.Add(new UnreadableFormFilter());
        });
        services.AddHttpContextAccessor();
        services.AddPortalHealth();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            o.AddServerHeader = false
        );
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portal.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First: the scheme and client address as the trusted proxy saw them, and the cookie rules, for everything
        // after.
        app.UsePortalTransportSecurity();
        // Always the portal's own error pages: a stack trace never reaches a browser, in any environment.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseErrorPagesIgnorePostedBodies();
        // After the error handlers, so an error page run again for a failed request carries HSTS too.
        app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // This host's own logger, not Serilog's static one (the default): with several hosts in one process,
            // as in the tests, the static logger belongs to whichever started last.
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        // A cached public page is answered here, after its log line and headers but before routing,
        // authentication and antiforgery, which an anonymous cached page does not need (the cache policy
        // refuses any request with the session cookie). Cache outside compression: stored compressed.
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseRouting();
        // After routing, so only endpoints with a rate-limit policy (the sign-in posts) are limited.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapPortalHealth();
        return app;
    }
}
