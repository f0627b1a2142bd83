using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Sdk;

namespace EvidencePortal.IntegrationTests;

/// <summary>
/// A signed-in editor for tests: an account made through UserManager (each with its own email), and a
/// client signed in through the real sign-in page, and through the security-code page when the account
/// has an authenticator (by default, when the portal requires two-step sign-in). The client does not
/// follow redirects, so tests see them. Sign-in posts are rate limited per address (10 a minute by
/// default): a factory that signs in more often should set Security:SignInAttemptsPerMinute higher.
/// </summary>
public sealed class EditorSession
{
    public const string DefaultPassword = "tall ships sail home quietly";

    private readonly WebApplicationFactory<Program> factory;

    private EditorSession(
        WebApplicationFactory<Program> factory,
        HttpClient client,
        string email,
        string password,
        string? key
    )
    {
        this.factory = factory;
        Client = client;
        Email = email;
        Password = password;
        AuthenticatorKey = key;
    }

    public HttpClient Client { get; }
    public string Email { get; }
    public string Password { get; }

    /// <summary>The authenticator key (base32) when the account has two-step sign-in, for <see
    /// cref="Totp.Code"/>.</summary>
    public string? AuthenticatorKey { get; }

    /// <summary>Creates an account with the role (null: no role at all) and signs it in.</summary>
    public static async Task<EditorSession> SignInAsync(
        WebApplicationFactory<Program> factory,
        string? role = Roles.Editor,
        bool? twoFactor = null,
        string? email = null,
        string password = DefaultPassword
    )
    {
        twoFactor ??= factory.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireTwoFactor;
        email ??= $"editor-{Guid.NewGuid():N}@example.org";
        var key = await CreateAccountAsync(factory, email, role, password, twoFactor.Value);
        var client = NewClient(factory);
        await SignInClientAsync(client, email, password, key);
        return new EditorSession(factory, client, email, password, key);
    }

    /// <summary>The same account signed in again in another browser (its own cookies): a second session.</summary>
    public async Task<HttpClient> SignInElsewhereAsync()
    {
        var client = NewClient(factory);
        await SignInClientAsync(client, Email, Password, AuthenticatorKey);
        return client;
    }

    public static HttpClient NewClient(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An account as the users command makes it; with twoFactor, an authenticator already set up. Returns its
    /// key.</summary>
    public static async Task<string?> CreateAccountAsync(
        WebApplicationFactory<Program> factory,
        string email,
        string? role,
        string password = DefaultPassword,
        bool twoFactor = false
    )
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, password), "create the account");
        if (role is not null)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), "create the role");
            }
            Check(await users.AddToRoleAsync(user, role), "give the role");
        }
        if (!twoFactor)
        {
            return null;
        }
        Check(await users.ResetAuthenticatorKeyAsync(user), "make an authenticator key");
        Check(await users.SetTwoFactorEnabledAsync(user, true), "turn on two-step sign-in");
        return await users.GetAuthenticatorKeyAsync(user);
    }

    /// <summary>Signs the client in through the sign-in page (and the code page when there is a key).</summary>
    public static async Task SignInClientAsync(HttpClient client, string email, string password, string? key)
    {
        var response = await client.PostFormAsync("/account/login", "main form",
            ("Input.Email", email), ("Input.Password", password));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new XunitException(
                "Sign-in answered 429: over the sign-in rate limit. "
                    + "Give the factory a higher Security:SignInAttemptsPerMinute."
            );
        }
        var next = response.RedirectTarget();
        if (key is not null)
        {
            Assert.StartsWith("/account/login/code", next);
            response = await client.PostFormAsync(next, "main form", ("Input.Code", await Totp.UnusedCodeAsync(key)));
            next = response.RedirectTarget();
        }
        Assert.DoesNotContain("/account/login", next);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new XunitException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
