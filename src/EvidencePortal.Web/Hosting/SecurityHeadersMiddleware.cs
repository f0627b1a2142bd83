namespace EvidencePortal.Web.Hosting;

/// <summary>
/// Headers on every response. The CSP allows only the portal's own files: no inline script or style anywhere, so
/// markup must never carry &lt;style&gt;, style="" or on*="" attributes.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // A signed-in person's pages (drafts, the audit trail, account details) never stay in a browser's or
            // proxy's cache. Static files set their own Cache-Control and keep it.
            if (
                string.IsNullOrEmpty(headers.CacheControl)
                && (
                    context.User.Identity?.IsAuthenticated == true
                    || context.Request.Path.StartsWithSegments("/edit")
                    || context.Request.Path.StartsWithSegments("/account")
                )
            )
            {
                headers.CacheControl = "no-store";
            }
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
