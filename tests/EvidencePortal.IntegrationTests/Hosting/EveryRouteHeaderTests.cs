using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// Every route the portal maps (read from its EndpointDataSource, so a new page is checked the day it is
/// added), requested anonymously and as an administrator, over http and https, plus the answers that are
/// not a page: redirects, 400, 403, 404, 405, 409 and 429. Every response must carry the security headers.
/// </summary>
public sealed class EveryRouteHeaderTests : IAsyncLifetime
{
    private readonly PortalFactory portal = new PortalFactory().With("Security:SignInAttemptsPerMinute", "6");
    private readonly List<string> failures = [];
    private readonly HashSet<int> statuses = [];
    private int checkedResponses;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await portal.DisposeAsync();

    [Fact]
    public async Task EveryRoute_AndEveryKindOfAnswer_CarriesTheSecurityHeaders()
    {
        var urls = await RouteUrlsAsync();
        var httpsAnonymous = Client("https://localhost");
        var httpAnonymous = Client("http://localhost");
        var httpAdmin = Client("http://localhost");
        var httpsAdmin = Client("https://localhost");
        var httpEditor = Client("http://localhost");
        await SignInAsync(httpAdmin, Roles.Admin);
        await SignInAsync(httpsAdmin, Roles.Admin);
        await SignInAsync(httpEditor, Roles.Editor);

        foreach (var url in urls)
        {
            await CheckAsync(httpAnonymous, HttpMethod.Get, url, signedIn: false);
            await CheckAsync(httpsAnonymous, HttpMethod.Get, url, signedIn: false);
            await CheckAsync(httpAdmin, HttpMethod.Get, url, signedIn: true);
            await CheckAsync(httpsAdmin, HttpMethod.Get, url, signedIn: true);
        }
        foreach (var url in OtherAnswers)
        {
            await CheckAsync(httpAnonymous, HttpMethod.Get, url, signedIn: false);
            await CheckAsync(httpsAdmin, HttpMethod.Get, url, signedIn: true);
        }
        await CheckAsync(httpEditor, HttpMethod.Get, "/edit/audit", signedIn: true, expected: 403);
        await CheckAsync(httpsAnonymous, HttpMethod.Head, "/", signedIn: false, expected: 200);
        await CheckAsync(httpsAnonymous, HttpMethod.Post, "/api/v1/studies", signedIn: false, expected: 405);
        await CheckAsync(httpsAdmin, HttpMethod.Post, "/edit/studies/1?handler=Publish", signedIn: true, expected: 400);
        await CheckAsync(httpsAdmin, HttpMethod.Post, "/account/login", signedIn: true, expected: 400,
            body: new FormUrlEncodedContent([new("Input.Email", "jo\0bloggs@example.org")]));
        await CheckConflictAsync(httpsAdmin);
        // Over the sign-in rate limit (6 a minute in this portal): 429 with the portal's page.
        for (var attempt = 0; attempt < 8 && !statuses.Contains(429); attempt++)
        {
            await CheckAsync(
                httpsAnonymous,
                HttpMethod.Post,
                "/account/login",
                signedIn: false,
                body: new FormUrlEncodedContent([
                    new("Input.Email", "nobody@example.org"),
                    new("Input.Password", "not the password"),
                ])
            );
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {checkedResponses} responses lacked a header:\n"
                + string.Join("\n", failures.Take(40))
        );
        foreach (var status in new[] { 200, 302, 400, 403, 404, 405, 409, 429 })
        {
            Assert.True(
                statuses.Contains(status),
                $"No {status} answer was checked; saw {string.Join(", ", statuses.Order())}"
            );
        }
        Assert.True(checkedResponses > 4 * 40, $"Only {checkedResponses} responses were checked");
    }

    /// <summary>Requests whose answers are not pages of their own: bad values, missing records, unknown
    /// addresses.</summary>
    private static readonly string[] OtherAnswers =
    [
        "/no-such-page",
        "/studies/no-such-study",
        "/studies?yearFrom=abc",
        "/studies?page=9999",
        "/search?q=befriending&page=9999",
        "/api/v1/studies?pageSize=5000",
        "/api/v1/studies/no-such-study",
        "/api/v1/findings/abc",
        "/topics/no-such-topic",
        "/error/500",
        "/error/418",
        "/edit/studies/999999",
        "/edit/history/spaceship/1",
        "/lib/no-such-file.css",
        "/account/login?returnUrl=https%3A%2F%2Fevil.example%2F",
        "/account/two-factor/recovery-codes",
    ];

    private async Task CheckConflictAsync(HttpClient admin)
    {
        int id;
        await using (var db = portal.NewDbContext())
        {
            id = await db.Studies.Where(s => s.DraftOfId == null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        }
        var (_, form) = await admin.LoadAsync($"/edit/delete/study/{id}");
        var response = await admin.PostFormAsync(
            form,
            "form.portal-confirm-delete",
            ("version", $"{id}.999")
        );
        var page = await Html.ParseAsync(response);
        Record(
            response,
            admin.BaseAddress!,
            $"POST delete with a stale token ({page.QuerySelector("main h1").Text()}: "
                + $"{page.QuerySelector(".nhsuk-error-summary").Text()})",
            signedIn: true,
            expected: 409
        );
    }

    private async Task CheckAsync(
        HttpClient client,
        HttpMethod method,
        string url,
        bool signedIn,
        int? expected = null,
        HttpContent? body = null
    )
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        using var response = await client.SendAsync(request);
        Record(response, client.BaseAddress!, $"{method} {url}", signedIn, expected);
    }

    private void Record(HttpResponseMessage response, Uri site, string what, bool signedIn, int? expected)
    {
        checkedResponses++;
        var status = (int)response.StatusCode;
        statuses.Add(status);
        var scheme = site.Scheme;
        var label = $"{what} ({scheme}, {(signedIn ? "admin" : "anonymous")}) answered {status}";
        if (expected is not null && status != expected)
        {
            failures.Add($"{label}, expected {expected}");
        }
        if (status >= 500 && !what.Contains(" /error/5", StringComparison.Ordinal))
        {
            failures.Add($"{label}: a server error");
        }
        foreach (var problem in SecurityHeaders.Problems(response, https: scheme == "https"))
        {
            failures.Add($"{label}: {problem}");
        }
        // Static files keep their own caching; everything else a signed-in person is shown must not be stored.
        var cacheControl = response.Headers.CacheControl;
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        var isStaticFile =
            path.StartsWith("/lib/", StringComparison.Ordinal) || path.StartsWith("/css/", StringComparison.Ordinal);
        if (signedIn && !isStaticFile && cacheControl?.NoStore != true)
        {
            failures.Add($"{label}: a signed-in answer without Cache-Control: no-store ({cacheControl})");
        }
    }

    private HttpClient Client(string site) =>
        portal.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri(site), AllowAutoRedirect = false }
        );

    private async Task SignInAsync(HttpClient client, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, role);
        await EditorSession.SignInClientAsync(client, email, EditorSession.DefaultPassword, null);
    }

    private async Task<List<string>> RouteUrlsAsync()
    {
        var urls = (await RouteSamples.AllAsync(portal)).Where(r => r.AllowsGet).Select(r => r.Url).Distinct().ToList();
        Assert.Contains("/health", urls);
        Assert.Contains(urls, u => u.StartsWith("/lib/", StringComparison.Ordinal));
        return urls;
    }
}
