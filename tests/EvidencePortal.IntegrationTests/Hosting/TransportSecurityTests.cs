using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// Cookies and the scheme: every cookie HttpOnly and SameSite=Strict; Secure over https and on any
/// address but loopback; the forwarded scheme and client address believed only from trusted proxies.
/// </summary>
public sealed class TransportSecurityTests : IDisposable
{
    private const string Proxy = "198.51.100.20";

    private readonly PortalFactory portal = new PortalFactory()
        .With("Security:SignInAttemptsPerMinute", "1000")
        .With("Security:TrustedProxies:0", Proxy)
        .WithServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFromHeader()));

    public void Dispose() => portal.Dispose();

    public static TheoryData<string, string?, string?, bool> Connections => new()
    {
        // site, the connection's remote address, X-Forwarded-Proto, Secure expected
        { "http://localhost", null, null, false },
        { "http://127.0.0.1:5127", "127.0.0.1", null, false },
        { "https://localhost", null, null, true },
        { "http://portal.example.nhs.uk", "203.0.113.9", null, true },
        { "http://localhost", "203.0.113.9", null, true },
        { "http://portal.example.nhs.uk", "127.0.0.1", "https", true },
        { "http://portal.example.nhs.uk", Proxy, "https", true },
    };

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task EveryCookie_IsHttpOnlyAndStrict_AndSecureUnlessPlainHttpOnLoopback(
        string site,
        string? remote,
        string? forwardedProto,
        bool secure
    )
    {
        var (client, jar) = NewClient(site, remote, forwardedProto);
        var email = $"cookies-{Guid.NewGuid():N}@example.org";
        var key = await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);

        // Sign-in with a code (antiforgery, two-step and session cookies), then a save (the TempData notice).
        await EditorSession.SignInClientAsync(client, email, EditorSession.DefaultPassword, key);
        var id = await FirstStudyIdAsync();
        var form = await client.GetOkPageAsync($"/edit/studies/{id}");
        var saved = await client.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = $"Saved over {site}" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var names = jar.SetCookies.Select(c => c.Split('=')[0]).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "portal.antiforgery",
                "Identity.TwoFactorUserId",
                "portal.session",
                ".AspNetCore.Mvc.CookieTempDataProvider",
            },
            names
        );
        foreach (var cookie in jar.SetCookies)
        {
            var attributes = cookie
                .Split(';', StringSplitOptions.TrimEntries)
                .Skip(1)
                .Select(a => a.ToLowerInvariant())
                .ToList();
            Assert.True(attributes.Contains("httponly"), $"not HttpOnly: {cookie}");
            Assert.True(attributes.Contains("samesite=strict"), $"not SameSite=Strict: {cookie}");
            Assert.True(
                attributes.Contains("secure") == secure,
                $"Secure should be {secure} over {site} from {remote ?? "the test server"}: {cookie}"
            );
        }
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData(Proxy, true)]
    [InlineData("203.0.113.9", false)]
    public async Task ForwardedHttps_IsBelievedOnlyFromATrustedProxy(string remote, bool trusted)
    {
        var (client, _) = NewClient("http://portal.example.nhs.uk", remote, "https");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(trusted, response.Headers.Contains("Strict-Transport-Security"));
        Assert.Empty(SecurityHeaders.Problems(response, https: trusted));
    }

    [Fact]
    public async Task SignInRateLimit_CountsEachClientBehindATrustedProxy_ButIgnoresForwardedAddressesFromAnyoneElse()
    {
        using var limited = new PortalFactory()
            .With("Content:ImportOnEmptyStore", "false")
            .With("Security:SignInAttemptsPerMinute", "3")
            .WithServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFromHeader()));

        async Task<HttpStatusCode> AttemptAsync(string remote, string forwardedFor)
        {
            var (client, _) = NewClient(limited, "http://portal.example.nhs.uk", remote, "https", forwardedFor);
            var (_, page) = await client.LoadAsync("/account/login");
            var response = await client.PostFormAsync(
                page,
                "main form",
                ("Input.Email", "guess@example.org"),
                ("Input.Password", "a guessed password")
            );
            return response.StatusCode;
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await AttemptAsync("127.0.0.1", "203.0.113.1"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync("127.0.0.1", "203.0.113.1"));
        // Another person behind the same proxy has their own allowance.
        Assert.Equal(HttpStatusCode.OK, await AttemptAsync("127.0.0.1", "203.0.113.2"));

        // Someone reaching the portal directly cannot buy new attempts by inventing X-Forwarded-For.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await AttemptAsync("192.0.2.50", $"10.0.0.{i}"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync("192.0.2.50", "10.0.0.99"));
    }

    private async Task<int> FirstStudyIdAsync()
    {
        await using var db = portal.NewDbContext();
        return await db.Studies.Where(s => s.DraftOfId == null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    private (HttpClient Client, CookieRecorder Jar) NewClient(string site, string? remote, string? forwardedProto) =>
        NewClient(portal, site, remote, forwardedProto, forwardedProto is null ? null : "203.0.113.77");

    private static (HttpClient Client, CookieRecorder Jar) NewClient(
        PortalFactory factory,
        string site,
        string? remote,
        string? forwardedProto,
        string? forwardedFor
    )
    {
        var jar = new CookieRecorder();
        if (remote is not null)
        {
            jar.Headers[RemoteAddressFromHeader.Header] = remote;
        }
        if (forwardedProto is not null)
        {
            jar.Headers["X-Forwarded-Proto"] = forwardedProto;
        }
        if (forwardedFor is not null)
        {
            jar.Headers["X-Forwarded-For"] = forwardedFor;
        }
        return (factory.CreateDefaultClient(new Uri(site), jar), jar);
    }
}
