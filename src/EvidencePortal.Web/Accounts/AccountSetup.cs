using System.Security.Claims;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Registers accounts: ASP.NET Core Identity with the portal's password rules, and the editing policies. The
/// signed-in session (its cookie and its time limits) is in AccountSetup.Session.cs.
/// </summary>
public static partial class AccountSetup
{
    /// <summary>The claim Identity adds at sign-in: "pwd" for a password only, "mfa" with a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";

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
}
