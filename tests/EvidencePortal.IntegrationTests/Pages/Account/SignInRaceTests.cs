using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Twenty guesses for one account posted at the same instant, each from its own client address behind the trusted
/// proxy (so the per-address limit lets them all through), on a real socket: every guess is answered, counted
/// toward the lockout and audited, and the right password or code is refused afterwards.
/// </summary>
public class SignInRaceTests(SocketPortal portal) : IClassFixture<SocketPortal>
{
    private const int Guesses = 20;

    [Fact]
    public async Task Post_Login_LocksTheAccountAndAuditsEveryGuess_WhenTwentyWrongPasswordsArriveTogether()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var answers = await GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", email), ("Input.Password", "a wrong password guessed")]
        );

        AssertAllAnswered(answers, LoginModel.NotRight);
        Assert.Equal(Guesses, await AuditedFailuresAsync(email, "password"));
        var rightPassword = await portal.NewBrowser("10.9.9.9").PostFormAsync("/account/login", "main form",
            ("Input.Email", email), ("Input.Password", EditorSession.DefaultPassword));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(LoginModel.NotRight, await rightPassword.Content.ReadAsStringAsync());
        await AssertLockedAsync(email);
    }

    [Fact]
    public async Task Post_Login_AnswersAKnownAndAnUnknownEmailAlike_UnderTheSameRace()
    {
        var known = NewEmail();
        await EditorSession.CreateAccountAsync(portal, known, Roles.Editor);
        var unknown = NewEmail();

        var knownAnswers = await GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", known), ("Input.Password", "a wrong password guessed")]
        );
        var unknownAnswers = await GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", unknown), ("Input.Password", "a wrong password guessed")]
        );

        AssertAllAnswered(knownAnswers, LoginModel.NotRight);
        AssertAllAnswered(unknownAnswers, LoginModel.NotRight);
        Assert.Equal(Guesses, await AuditedFailuresAsync(unknown, "no such account"));
    }

    [Fact]
    public async Task Post_LoginCode_LocksTheAccountAndAuditsEveryGuess_WhenTwentyWrongCodesArriveTogether()
    {
        var email = NewEmail();
        var key = await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var wrongCode = WrongCode(key!);
        var patient = await PastPasswordStepAsync(email);

        var answers = await GuessSecondStepTogetherAsync(email, "/account/login/code", wrongCode);

        AssertAllAnswered(answers, "That code is not right", LoginModel.LockedOut);
        Assert.Equal(Guesses, await AuditedFailuresAsync(email, "authenticator code"));
        var rightCode = await patient.PostFormAsync(
            "/account/login/code",
            "main form",
            ("Input.Code", await Totp.UnusedCodeAsync(key!))
        );
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        Assert.Contains(LoginModel.LockedOut, await rightCode.Content.ReadAsStringAsync());
        await AssertLockedAsync(email);
    }

    /// <summary>Each code works once, even when it arrives twice at the same instant (a double click, a
    /// replay).</summary>
    [Fact]
    public async Task Post_LoginCode_SignsInOnce_WhenTheSameRightCodeArrivesTwiceTogether()
    {
        var email = NewEmail();
        var key = await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var forms = new List<(HttpClient, IHtmlDocument)>();
        for (var i = 0; i < 2; i++)
        {
            var browser = await PastPasswordStepAsync(email);
            forms.Add((browser, (await browser.LoadAsync("/account/login/code")).Document));
        }
        var code = await Totp.UnusedCodeAsync(key!);

        var answers = await SocketPortal.PostTogetherAsync(forms, "main form", _ => [("Input.Code", code)]);

        var seen =
            string.Join(" | ", answers.Select(a => $"{a.Status} {Message(a.Body)}"))
            + "\n"
            + string.Join("\n", portal.ServerErrors);
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.Redirect) == 1, seen);
        Assert.True(
            answers.Count(a =>
                a.Status == HttpStatusCode.OK && a.Body.Contains("That code is not right", StringComparison.Ordinal)
            ) == 1,
            seen
        );
    }

    [Fact]
    public async Task Post_LoginRecoveryCode_LocksTheAccountAndAuditsEveryGuess_WhenTwentyWrongCodesArriveTogether()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var codes = await RecoveryCodesAsync(email);
        var patient = await PastPasswordStepAsync(email);

        var answers = await GuessSecondStepTogetherAsync(email, "/account/login/recovery-code", "ZZZZZ-ZZZZZ");

        AssertAllAnswered(answers, "That recovery code is not right", LoginModel.LockedOut);
        Assert.Equal(Guesses, await AuditedFailuresAsync(email, "recovery code"));
        var rightCode = await patient.PostFormAsync(
            "/account/login/recovery-code",
            "main form",
            ("Input.Code", codes[0])
        );
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        Assert.Contains(LoginModel.LockedOut, await rightCode.Content.ReadAsStringAsync());
        await AssertLockedAsync(email);
    }

    /// <summary>Each of twenty browsers, from its own address, loads the page and then all post it together.</summary>
    private async Task<IReadOnlyList<(HttpStatusCode Status, string Body)>> GuessTogetherAsync(string url,
        Func<int, (string Name, string? Value)[]> values, Func<HttpClient, Task>? before = null)
    {
        var batch = Guid.NewGuid().GetHashCode() & 0xff;
        var forms = new List<(HttpClient, IHtmlDocument)>();
        for (var i = 0; i < Guesses; i++)
        {
            var browser = portal.NewBrowser($"10.{batch}.{i}.1");
            if (before is not null)
            {
                await before(browser);
            }
            var (response, page) = await browser.LoadAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            forms.Add((browser, page));
        }
        return await SocketPortal.PostTogetherAsync(forms, "main form", values);
    }

    /// <summary>Twenty browsers past the password step (one after another), then twenty wrong second steps
    /// together.</summary>
    private Task<IReadOnlyList<(HttpStatusCode Status, string Body)>> GuessSecondStepTogetherAsync(
        string email,
        string url,
        string wrongCode
    ) => GuessTogetherAsync(url, _ => [("Input.Code", wrongCode)], browser => PasswordStepAsync(browser, email));

    /// <summary>Someone who gave the right password before the guessing began, and enters the right code after
    /// it.</summary>
    private async Task<HttpClient> PastPasswordStepAsync(string email)
    {
        var browser = portal.NewBrowser($"10.8.{Guid.NewGuid().GetHashCode() & 0xff}.8");
        await PasswordStepAsync(browser, email);
        return browser;
    }

    private static async Task PasswordStepAsync(HttpClient browser, string email)
    {
        var password = await browser.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );
        Assert.StartsWith("/account/login/code", password.RedirectTarget());
    }

    private void AssertAllAnswered(
        IReadOnlyList<(HttpStatusCode Status, string Body)> answers,
        params string[] messages
    )
    {
        Assert.Equal(Guesses, answers.Count);
        Assert.All(answers, answer =>
        {
            Assert.True(
                answer.Status == HttpStatusCode.OK,
                $"{answer.Status}: {string.Join("\n", portal.ServerErrors.Select(e => e.Message).Distinct())}"
            );
            Assert.Contains(messages, message => answer.Body.Contains(message, StringComparison.Ordinal));
        });
    }

    private async Task<int> AuditedFailuresAsync(string email, string what)
    {
        await using var db = portal.NewDbContext();
        return await db.AuditEvents.CountAsync(e => e.UserName == email && e.Summary.Contains(what)
            && (e.Action == AuditAction.SignInFailed || e.Action == AuditAction.LockedOut));
    }

    private async Task AssertLockedAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    private async Task<string[]> RecoveryCodesAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
    }

    /// <summary>A code the app shows at no step near now: never accepted, whatever the clock does during the
    /// test.</summary>
    private static string WrongCode(string key)
    {
        var near = Enumerable
            .Range(-3, 7)
            .Select(s => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * s)))
            .ToHashSet();
        return Enumerable
            .Range(0, 1_000_000)
            .Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !near.Contains(code));
    }

    private static string Message(string body) =>
        System
            .Text.RegularExpressions.Regex.Match(
                body,
                "nhsuk-error-message[^>]*>(.*?)</",
                System.Text.RegularExpressions.RegexOptions.Singleline
            )
            .Groups[1]
            .Value.Trim();

    private static string NewEmail() => $"race-{Guid.NewGuid():N}@example.org";
}

/// <summary>The same races on PostgreSQL, where several instances share the lockout through the database.</summary>
public sealed class PostgresSignInRaceTests : SignInRaceTests, IClassFixture<PostgresSignInRaceTests.Portal>
{
    public PostgresSignInRaceTests(Portal portal) : base(portal)
    {
        if (!portal.HasServer)
        {
            Data.PostgresTestDatabase.RequireServer();
        }
    }

    public sealed class Portal : SocketPortal, IAsyncLifetime
    {
        public bool HasServer { get; private set; }

        public async ValueTask InitializeAsync()
        {
            // A fixture cannot skip its tests: without a server the test's constructor does.
            if (Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is null)
            {
                return;
            }
            With("Database:Provider", "Postgres");
            With("ConnectionStrings:Portal", await Data.PostgresTestDatabase.CreateAsync("portal_race"));
            HasServer = true;
        }

        ValueTask IAsyncDisposable.DisposeAsync() => base.DisposeAsync();
    }
}
