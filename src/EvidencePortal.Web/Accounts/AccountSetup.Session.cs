using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>The signed-in session: its cookie, its idle and absolute time limits, and how long is left of it.</summary>
public static partial class AccountSetup
{
    /// <summary>The signed-in session's cookie; requests carrying it never touch the output cache.</summary>
    public const string SessionCookie = "portal.session";

    /// <summary>How long an editor's session may last in all, however active they are.</summary>
    public static readonly TimeSpan AbsoluteSessionLimit = TimeSpan.FromHours(12);

    /// <summary>An editor's session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public const string SessionProbePath = "/account/session";

    private const string IssuedAtKey = "portal.issued";

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = SessionCookie;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/error/403";
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        // Every request renews the session (not only those in the second half of its life, the default), so it ends
        // exactly IdleTimeout after the last page an editor opened or saved: the warning in session.js can then say
        // when. Asking how long is left (GET /account/session) must not count as activity, or it would never end.
        options.Events.OnCheckSlidingExpiration = context =>
        {
            context.ShouldRenew = !IsSessionProbe(context.HttpContext.Request);
            return Task.CompletedTask;
        };
        options.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (after a security change) keeps the time the session began.
            if (!context.Properties.Items.ContainsKey(IssuedAtKey))
            {
                context.Properties.Items[IssuedAtKey] = Now(context.Options).ToUnixTimeSeconds().ToString();
            }
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            // The stamp check renews the cookie whenever it passes; the probe must still not count as activity.
            if (IsSessionProbe(context.Request))
            {
                context.ShouldRenew = false;
            }
            if (context.Principal is not null && IsPastAbsoluteLimit(context.Properties, Now(context.Options)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
        // Signing in on the sign-in page, the handler would redirect to the raw returnUrl itself (a 500 when it is not
        // ASCII, as Kestrel refuses the header); the page decides where to go, through LocalUrl.
        options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
        // Signed in without the role: answer 403 with the portal's page rather than redirecting.
        options.Events.OnRedirectToAccessDenied = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            // Refusals belong in the audit trail: someone signed in tried a page their role does not allow.
            var audit = context.HttpContext.RequestServices.GetRequiredService<History.AuditLog>();
            await audit.WriteAsync(
                AuditAction.Refused,
                $"Refused {context.Request.Method} {Truncate(context.Request.Path.Value, 200)}: "
                    + "the account lacks the role"
            );
        };
    }

    /// <summary>The cookie handler's clock (tests give it a controllable one), so every time check agrees.</summary>
    private static DateTimeOffset Now(CookieAuthenticationOptions options) =>
        (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    /// <summary>
    /// Seconds until the session ends, whichever limit comes first: IdleTimeout after its last renewal, or
    /// AbsoluteSessionLimit after sign-in (which no activity extends). 0 when it has ended.
    /// </summary>
    private static int SecondsLeft(
        AuthenticationProperties properties,
        DateTimeOffset now,
        DateTimeOffset? renewedUntil
    )
    {
        var idleEnd = renewedUntil ?? properties.ExpiresUtc ?? now;
        var absoluteEnd = SessionBegan(properties) + AbsoluteSessionLimit ?? now;
        var left = (idleEnd < absoluteEnd ? idleEnd : absoluteEnd) - now;
        return left <= TimeSpan.Zero ? 0 : (int)left.TotalSeconds;
    }

    /// <summary>
    /// Seconds left in this request's session (0 when signed out). <paramref name="renewed"/>: this request renews
    /// it (every request but the probe does), so its idle limit starts again now.
    /// </summary>
    public static async Task<int> SessionSecondsLeftAsync(HttpContext context, bool renewed)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || result.Properties is null)
        {
            return 0;
        }
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var now = Now(options);
        // Not by setting ExpiresUtc: AuthenticationProperties keeps dates to the second.
        return SecondsLeft(result.Properties, now, renewed ? now + IdleTimeout : null);
    }

    private static bool IsSessionProbe(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals(SessionProbePath, StringComparison.OrdinalIgnoreCase);

    private static bool IsPastAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now) =>
        SessionBegan(properties) is not { } began || now - began > AbsoluteSessionLimit;

    /// <summary>When the person signed in (kept across refreshes by OnSigningIn); null if the cookie lacks
    /// it.</summary>
    private static DateTimeOffset? SessionBegan(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(IssuedAtKey, out var issued) && long.TryParse(issued, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
