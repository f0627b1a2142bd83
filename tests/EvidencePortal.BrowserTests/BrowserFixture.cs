using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests;

/// <summary>
/// The portal on a real socket and Debian's Chromium driven by Playwright. Playwright's own browser
/// download is not used (and not reachable here): CHROMIUM_PATH or /usr/bin/chromium.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public PortalFactory Portal { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        // Every browser test posts from 127.0.0.1, so the per-address sign-in limit (10 a minute) would
        // throttle the suite itself; the limit has its own HTTP tests.
        Portal.With("Security:SignInAttemptsPerMinute", "1000");
        Portal.WithServices(services => services.AddSingleton<IStartupFilter, FailingAddress>());
        Portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Portal.StartServer();
        BaseUrl = Portal
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies) at a given width; every failed request is recorded.
    /// <paramref name="storageState"/> (from <see cref="SignedInStateAsync"/>) starts it signed in;
    /// <paramref name="scale"/> is the device scale factor (2 with a 640 px width is a 1280 px screen at 200% zoom).
    /// </summary>
    public async Task<(IPage Page, List<string> Failures)> NewPageAsync(
        int width = 1280,
        int height = 900,
        bool javaScript = true,
        string? storageState = null,
        float scale = 1
    )
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript,
            StorageState = storageState, DeviceScaleFactor = scale,
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/no-such", StringComparison.Ordinal))
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // net::ERR_ABORTED is the browser cancelling a request because the test moved on to the next page
            // (a deferred script still loading when a link is followed); a person never sees it. Anything
            // else (refused, reset, blocked by the CSP) is a failure, recorded with the browser's reason.
            if (request.Failure != "net::ERR_ABORTED")
            {
                failures.Add($"failed {request.Url} ({request.Failure})");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add("console: " + message.Text);
            }
        };
        return (page, failures);
    }

    private readonly Dictionary<string, Task<string>> signedIn = [];

    /// <summary>
    /// The cookies of an account with the role, signed in once through the real sign-in page and shared by
    /// every test that asks for the same role (a Playwright storage state, for <see cref="NewPageAsync"/>).
    /// Tests must not sign these accounts out: signing out ends all of an account's sessions.
    /// </summary>
    public Task<string> SignedInStateAsync(string role)
    {
        lock (signedIn)
        {
            if (!signedIn.TryGetValue(role, out var state))
            {
                signedIn[role] = state = SignInAsync(role);
            }
            return state;
        }
    }

    public const string EditorPassword = "a long shared passphrase for browser tests";

    /// <summary>An account made as the users command makes it (no two-step sign-in: tests run without it).</summary>
    public async Task<string> CreateAccountAsync(string role, string prefix = "browser")
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.org";
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        if (
            !(await users.CreateAsync(user, EditorPassword)).Succeeded
            || !(await users.AddToRoleAsync(user, role)).Succeeded
        )
        {
            throw new InvalidOperationException($"Could not create the {role} account {email}");
        }
        return email;
    }

    private async Task<string> SignInAsync(string role)
    {
        var email = await CreateAccountAsync(role, "shared-" + role);
        var (page, _) = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("#Input-Email").FillAsync(email);
        await page.Locator("#Input-Password").FillAsync(EditorPassword);
        await page.RunAndWaitForUrlAsync(
            () => page.Locator("main form button[type=submit]").ClickAsync(),
            url => !url.Contains("/account/login", StringComparison.Ordinal)
        );
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(
            new() { Path = Path.Combine(RepoPaths.Artifacts, "screenshots", name + ".png"), FullPage = true }
        );

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Portal in Chromium";
}

/// <summary>
/// A test-only address that fails as a bug would (an exception inside the portal's pipeline), so the service-error page
/// is seen as a person would meet it: nobody can reach /error/500 directly.
/// </summary>
public sealed class FailingAddress : IStartupFilter
{
    public const string Path = "/test-only/fail";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, nextMiddleware) => context.Request.Path == Path
            ? throw new InvalidOperationException("A failure the browser tests cause on purpose.")
            : nextMiddleware(context));
    };
}
