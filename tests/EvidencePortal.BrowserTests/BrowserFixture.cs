using System.Net;
using EvidencePortal.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests;

/// <summary>
/// The portal on a real socket and Debian's Chromium driven by Playwright. Playwright's own browser
/// download is not used (and not reachable here): CHROMIUM_PATH or /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public PortalFactory Portal { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Portal.StartServer();
        BaseUrl = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at a given width; every failed request is recorded.</summary>
    public async Task<(IPage Page, List<string> Failures)> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript,
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
        page.RequestFailed += (_, request) => failures.Add($"failed {request.Url}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add("console: " + message.Text);
            }
        };
        return (page, failures);
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts, "screenshots", name + ".png"), FullPage = true });

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
