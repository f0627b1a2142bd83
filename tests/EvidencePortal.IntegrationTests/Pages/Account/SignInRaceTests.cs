using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Pages.Account;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Twenty guesses for one account posted at the same instant, each from its own client address behind the trusted
/// proxy (so the per-address limit lets them all through), on a real socket: every guess is answered, counted
/// toward the lockout and audited, and the right password or code is refused afterwards.
/// </summary>
public class SignInRaceTests(SocketPortal portal) : IClassFixture<SocketPortal>
{
    [Fact]
    public async Task Post_Login_LocksTheAccountAndAuditsEveryGuess_WhenTwentyWrongPasswordsArriveTogether()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var answers = await portal.GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", email), ("Input.Password", "a wrong password guessed")]
        );

        portal.AssertAllAnswered(answers, LoginModel.NotRight);
        Assert.Equal(SignInRace.Guesses, await portal.AuditedFailuresAsync(email, "password"));
        var rightPassword = await portal.NewBrowser("10.9.9.9").PostFormAsync("/account/login", "main form",
            ("Input.Email", email), ("Input.Password", EditorSession.DefaultPassword));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(LoginModel.NotRight, await rightPassword.Content.ReadAsStringAsync());
        await portal.AssertLockedAsync(email);
    }

    [Fact]
    public async Task Post_Login_AnswersAKnownAndAnUnknownEmailAlike_UnderTheSameRace()
    {
        var known = NewEmail();
        await EditorSession.CreateAccountAsync(portal, known, Roles.Editor);
        var unknown = NewEmail();

        var knownAnswers = await portal.GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", known), ("Input.Password", "a wrong password guessed")]
        );
        var unknownAnswers = await portal.GuessTogetherAsync("/account/login", _ =>
            [("Input.Email", unknown), ("Input.Password", "a wrong password guessed")]
        );

        portal.AssertAllAnswered(knownAnswers, LoginModel.NotRight);
        portal.AssertAllAnswered(unknownAnswers, LoginModel.NotRight);
        Assert.Equal(SignInRace.Guesses, await portal.AuditedFailuresAsync(unknown, "no such account"));
    }

    [Fact]
    public async Task Post_LoginCode_LocksTheAccountAndAuditsEveryGuess_WhenTwentyWrongCodesArriveTogether()
    {
        var email = NewEmail();
        var key = await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var wrongCode = SignInRace.WrongCode(key!);
        var patient = await portal.PastPasswordStepAsync(email);

        var answers = await portal.GuessSecondStepTogetherAsync(email, "/account/login/code", wrongCode);

        portal.AssertAllAnswered(answers, "That code is not right", LoginModel.LockedOut);
        Assert.Equal(SignInRace.Guesses, await portal.AuditedFailuresAsync(email, "authenticator code"));
        var rightCode = await patient.PostFormAsync(
            "/account/login/code",
            "main form",
            ("Input.Code", await Totp.UnusedCodeAsync(key!))
        );
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        Assert.Contains(LoginModel.LockedOut, await rightCode.Content.ReadAsStringAsync());
        await portal.AssertLockedAsync(email);
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
            var browser = await portal.PastPasswordStepAsync(email);
            forms.Add((browser, (await browser.LoadAsync("/account/login/code")).Document));
        }
        var code = await Totp.UnusedCodeAsync(key!);

        var answers = await SocketPortal.PostTogetherAsync(forms, "main form", _ => [("Input.Code", code)]);

        var seen =
            string.Join(" | ", answers.Select(a => $"{a.Status} {SignInRace.Message(a.Body)}"))
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
        var codes = await portal.RecoveryCodesAsync(email);
        var patient = await portal.PastPasswordStepAsync(email);

        var answers = await portal.GuessSecondStepTogetherAsync(email, "/account/login/recovery-code", "ZZZZZ-ZZZZZ");

        portal.AssertAllAnswered(answers, "That recovery code is not right", LoginModel.LockedOut);
        Assert.Equal(SignInRace.Guesses, await portal.AuditedFailuresAsync(email, "recovery code"));
        var rightCode = await patient.PostFormAsync(
            "/account/login/recovery-code",
            "main form",
            ("Input.Code", codes[0])
        );
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
        Assert.Contains(LoginModel.LockedOut, await rightCode.Content.ReadAsStringAsync());
        await portal.AssertLockedAsync(email);
    }

    private static string NewEmail() => $"race-{Guid.NewGuid():N}@example.org";
}
