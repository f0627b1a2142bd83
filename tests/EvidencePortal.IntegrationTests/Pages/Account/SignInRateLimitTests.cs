using System.Net;
using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>The default limit: 10 sign-in posts a minute from one address. Its own portal, so no other test's posts count.</summary>
public class SignInRateLimitTests : IDisposable
{
    private readonly PortalFactory portal = new PortalFactory().With("Content:ImportOnEmptyStore", "false").With("Security:SignInAttemptsPerMinute", "10");

    [Fact]
    public async Task Post_Login_Answers429WithThePortalsPage_AfterTenAttemptsInAMinute()
    {
        var client = EditorSession.NewClient(portal);
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var allowed = await client.PostFormAsync("/account/login", "main form",
                ("Input.Email", $"guess{attempt}@example.org"), ("Input.Password", "guessing a password"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var eleventh = await client.PostFormAsync("/account/login", "main form",
            ("Input.Email", "guess11@example.org"), ("Input.Password", "guessing a password"));
        var body = await eleventh.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal("60", eleventh.Headers.RetryAfter?.ToString());
        Assert.Contains("Too many attempts", body);
        Assert.Contains("nhsuk-header", body);
        // Reading the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    public void Dispose()
    {
        portal.Dispose();
        GC.SuppressFinalize(this);
    }
}
