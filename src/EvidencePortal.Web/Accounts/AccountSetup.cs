using System.Security.Claims;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

public static class AccountSetup
{
    /// <summary>The signed-in session's cookie; requests carrying it never touch the output cache.</summary>
    public const string SessionCookie = "portal.session";

    /// <summary>How long an editor's session may last in all, however active they are.</summary>
    public static readonly TimeSpan AbsoluteSessionLimit = TimeSpan.FromHours(12);

    /// <summary>An editor's session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The claim Identity adds at sign-in: "pwd" for a password only, "mfa" with a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";

    private const string IssuedAtKey = "portal.issued";

    /// <summary>
    /// ASP.NET Core Identity on the portal's own store. No self-registration and no default account:
    /// accounts are made with the users command. Passwords: 12+ characters, no composition rules, not a
    /// common password and not the email address, PBKDF2 with 210,000 iterations (older hashes are
    /// rehashed at sign-in by Identity itself).
    /// </summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddDataProtection().SetApplicationName("EvidencePortal").PersistKeysToDbContext<PortalDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // Each authenticator code works once (Identity's own provider accepts it again for ~90 seconds).
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
                // The user name is the email address: allow what addresses use (o'brien@nhs.net), checked as an email
                // elsewhere.
                options.User.AllowedUserNameCharacters =
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+'!#$%&*/=?^`{|}~";
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserStore<PortalUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddErrorDescriber<PortalIdentityErrors>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddPasswordValidator<EmailInPasswordValidator>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Check the security stamp on every request: disabling an account or signing out ends its sessions at once.
            o.ValidationInterval = TimeSpan.Zero;
            // The principal is rebuilt from the store at each check; keep how the person signed in ("mfa").
            o.OnRefreshingPrincipal = KeepAuthenticationMethod;
        });
        services.ConfigureApplicationCookie(ConfigureSessionCookie);
        services
            .AddAuthorizationBuilder()
            .AddPolicy(Roles.CanEdit, policy =>
                policy.RequireRole(Roles.Editor, Roles.Admin).AddRequirements(new TwoFactorRequirement())
            )
            .AddPolicy(Roles.CanAdminister, policy =>
                policy.RequireRole(Roles.Admin).AddRequirements(new TwoFactorRequirement())
            );
        services.AddSingleton<IAuthorizationHandler, TwoFactorRequirement.Handler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorRequirement.Redirect>();
        services.AddScoped<SignInEvents>();
        services.AddSignInRateLimit();
        return services;
    }

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

    private static Task KeepAuthenticationMethod(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is not null
            && !identity.HasClaim(c => c.Type == AuthenticationMethodClaim))
        {
            identity.AddClaims(context.CurrentPrincipal.FindAll(AuthenticationMethodClaim)
                .Select(c => new Claim(c.Type, c.Value)));
        }
        return Task.CompletedTask;
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

    public const string SessionProbePath = "/account/session";

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
