using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Slows password and code guessing from one address: a fixed window of
/// <see cref="SecurityOptions.SignInAttemptsPerMinute"/> posts a minute to the sign-in pages
/// (pages marked [EnableRateLimiting(SignInRateLimit.Policy)]); reading the pages is never limited.
/// Over the limit the answer is 429 with the portal's own page (status pages re-execute to /error/429).
/// Lockout after 5 failures protects each account; this protects against trying many accounts.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context
                    .HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(SignInRateLimit))
                    .LogWarning(
                        "Sign-in attempts from {Address} are over the limit",
                        context.HttpContext.Connection.RemoteIpAddress
                    );
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }
                var limit = context
                    .RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>()
                    .CurrentValue.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "no address",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limit),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }
}
