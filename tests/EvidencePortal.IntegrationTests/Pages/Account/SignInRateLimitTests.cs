using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>The default limit: 10 sign-in posts a minute from one address. Its own portal, so no other test's posts
/// count.</summary>
public class SignInRateLimitTests : IDisposable
{
    private readonly PortalFactory portal = new PortalFactory()
        .With("Content:ImportOnEmptyStore", "false")
        .With("Security:SignInAttemptsPerMinute", "10");

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

    /// <summary>
    /// The second step is limited too: after the password, the 6-digit code (a million values) and the recovery
    /// codes are what a guesser would try next. Lockout stops one account after 5 wrong codes; the limit stops
    /// one address trying many accounts' codes. Every post counts, whatever its answer.
    /// </summary>
    [Theory]
    [InlineData("/account/login/code", "000000")]
    [InlineData("/account/login/recovery-code", "AAAAA-BBBBB")]
    public async Task Post_SecondStep_Answers429_OnceTheAddressIsOverTheLimit(string url, string wrongCode)
    {
        var email = $"second-step-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var client = EditorSession.NewClient(portal);
        var first = await client.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );
        Assert.StartsWith("/account/login/code", first.RedirectTarget());

        var answers = new List<HttpStatusCode>();
        for (var attempt = 2; attempt <= 11; attempt++)
        {
            var (_, page) = await client.LoadAsync(url);
            answers.Add((await client.PostFormAsync(page, "main form", ("Input.Code", wrongCode))).StatusCode);
        }

        Assert.All(answers[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task Post_Password_IsLimitedLikeSignIn_BecauseItChecksAPassword()
    {
        var session = await EditorSession.SignInAsync(portal);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 2; attempt <= 11; attempt++)
        {
            answers.Add(
                (
                    await session.Client.PostFormAsync(
                        "/account/password",
                        "main form",
                        ("Input.CurrentPassword", "a guessed password " + attempt),
                        ("Input.NewPassword", "new and long passphrase"),
                        ("Input.ConfirmPassword", "new and long passphrase")
                    )
                ).StatusCode
            );
        }

        Assert.All(answers[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    public void Dispose()
    {
        portal.Dispose();
        GC.SuppressFinalize(this);
    }
}
