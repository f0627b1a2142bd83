using EvidencePortal.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

public static class AccountSetup
{
    /// <summary>How long an editor's session may last in all, however active they are.</summary>
    public static readonly TimeSpan AbsoluteSessionLimit = TimeSpan.FromHours(12);

    /// <summary>An editor's session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private const string IssuedAtKey = "portal.issued";

    /// <summary>
    /// ASP.NET Core Identity on the portal's own store. No self-registration and no default account:
    /// accounts are made with the users command. Passwords: 12+ characters, no composition rules,
    /// PBKDF2 with 210,000 iterations (older hashes are rehashed at sign-in by Identity itself).
    /// </summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("EvidencePortal").PersistKeysToDbContext<PortalDbContext>();
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
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<PortalSignInManager>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        // Check the security stamp on every request: disabling an account or signing out ends its sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "portal.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = context =>
            {
                context.Properties.Items[IssuedAtKey] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                if (context.Principal is not null && IsPastAbsoluteLimit(context.Properties))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            // Signed in without the role: answer 403 with the portal's page rather than redirecting.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanEdit, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Roles.CanAdminister, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    private static bool IsPastAbsoluteLimit(AuthenticationProperties properties) =>
        !properties.Items.TryGetValue(IssuedAtKey, out var issued)
        || !long.TryParse(issued, out var seconds)
        || DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteSessionLimit;
}
