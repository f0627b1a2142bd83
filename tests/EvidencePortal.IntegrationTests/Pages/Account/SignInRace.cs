using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// The race <see cref="SignInRaceTests"/> runs: twenty browsers, each from its own client address behind the trusted
/// proxy, posting a sign-in step at the same instant on a real socket; and what the portal recorded afterwards.
/// </summary>
public static class SignInRace
{
    public const int Guesses = 20;

    /// <summary>Each of twenty browsers, from its own address, loads the page and then all post it together.</summary>
    public static async Task<IReadOnlyList<(HttpStatusCode Status, string Body)>> GuessTogetherAsync(
        this SocketPortal portal,
        string url,
        Func<int, (string Name, string? Value)[]> values,
        Func<HttpClient, Task>? before = null
    )
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
    public static Task<IReadOnlyList<(HttpStatusCode Status, string Body)>> GuessSecondStepTogetherAsync(
        this SocketPortal portal,
        string email,
        string url,
        string wrongCode
    ) => portal.GuessTogetherAsync(url, _ => [("Input.Code", wrongCode)], browser => PasswordStepAsync(browser, email));

    /// <summary>Someone who gave the right password before the guessing began, and enters the right code after
    /// it.</summary>
    public static async Task<HttpClient> PastPasswordStepAsync(this SocketPortal portal, string email)
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

    public static void AssertAllAnswered(
        this SocketPortal portal,
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

    public static async Task<int> AuditedFailuresAsync(this SocketPortal portal, string email, string what)
    {
        await using var db = portal.NewDbContext();
        return await db.AuditEvents.CountAsync(e => e.UserName == email && e.Summary.Contains(what)
            && (e.Action == AuditAction.SignInFailed || e.Action == AuditAction.LockedOut));
    }

    public static async Task AssertLockedAsync(this SocketPortal portal, string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    public static async Task<string[]> RecoveryCodesAsync(this SocketPortal portal, string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
    }

    /// <summary>A code the app shows at no step near now: never accepted, whatever the clock does during the
    /// test.</summary>
    public static string WrongCode(string key)
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

    public static string Message(string body) =>
        System
            .Text.RegularExpressions.Regex.Match(
                body,
                "nhsuk-error-message[^>]*>(.*?)</",
                System.Text.RegularExpressions.RegexOptions.Singleline
            )
            .Groups[1]
            .Value.Trim();
}
