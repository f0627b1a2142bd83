using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>The second sign-in step as in production (Security:RequireTwoFactor on): the app's code, each code once and
/// whatever the return address holds, or a recovery code, each once.</summary>
public class TwoFactorSignInTests(TwoFactorRequiredPortal portal) : IClassFixture<TwoFactorRequiredPortal>
{
    [Fact]
    public async Task Post_LoginCode_SignsInWithTheAppsCode_AndRefusesAWrongOne()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var key = (await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true))!;
        var client = EditorSession.NewClient(portal);

        var firstStep = await client.PostFormAsync("/account/login?returnUrl=%2Fedit", "main form",
            ("Input.Email", email), ("Input.Password", EditorSession.DefaultPassword));
        Assert.Equal("/account/login/code?ReturnUrl=%2Fedit", firstStep.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/edit")).StatusCode);

        var wrong = await client.PostFormAsync(
            firstStep.RedirectTarget(),
            "main form",
            ("Input.Code", TwoFactorSteps.WrongCode(key))
        );
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());

        var code = await Totp.UnusedCodeAsync(key);
        var right = await client.PostFormAsync(
            firstStep.RedirectTarget(),
            "main form",
            ("Input.Code", code[..3] + " " + code[3..])
        );
        Assert.Equal("/edit", right.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
        // The second factor is remembered across requests (the security stamp is checked on every one).
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task Post_LoginCode_RefusesACodeThatHasAlreadySignedIn_EvenWhileTheAppStillShowsIt()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var key = (await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true))!;
        var code = await Totp.UnusedCodeAsync(key);

        var first = await SignInWithCodeAsync(email, code);
        var replayed = await SignInWithCodeAsync(email, code);
        var next = await SignInWithCodeAsync(email, await Totp.UnusedCodeAsync(key));

        Assert.Equal("/edit", first.Response.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, replayed.Response.StatusCode);
        Assert.Contains("That code is not right", await replayed.Response.Content.ReadAsStringAsync());
        Assert.StartsWith("/account/login", (await replayed.Client.GetAsync("/edit")).RedirectTarget());
        Assert.Equal("/edit", next.Response.RedirectTarget());
    }

    /// <summary>
    /// An odd return address must neither fail the redirect after the code was accepted (each code works once, so the
    /// editor would be stuck for 30 seconds with no way in) nor lead off the site.
    /// </summary>
    [Theory]
    [InlineData("/edit/studies?q=Müller", "/edit/studies?q=M%C3%BCller")]
    [InlineData("/edit/\u2028x", "/edit/%E2%80%A8x")]
    [InlineData("/edit/../\\evil.example", "/edit")]
    public async Task Post_LoginCode_GoesToTheReturnAddressSafely_WhateverItHolds(string returnUrl, string expected)
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var key = (await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true))!;
        var client = EditorSession.NewClient(portal);

        var firstStep = await client.PostFormAsync(
            "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl),
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );
        var right = await client.PostFormAsync(
            firstStep.RedirectTarget(),
            "main form",
            ("Input.Code", await Totp.UnusedCodeAsync(key))
        );

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(expected, right.RedirectTarget());
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInWithCodeAsync(string email, string code)
    {
        var client = EditorSession.NewClient(portal);
        var firstStep = await client.PostFormAsync("/account/login?returnUrl=%2Fedit", "main form",
            ("Input.Email", email), ("Input.Password", EditorSession.DefaultPassword));
        return (client, await client.PostFormAsync(firstStep.RedirectTarget(), "main form", ("Input.Code", code)));
    }

    [Fact]
    public async Task Post_LoginRecoveryCode_SignsInOnce_ThenTheSameCodeIsRefused()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var codes = await portal.NewRecoveryCodesAsync(email);

        var first = await portal.SignInWithRecoveryCodeAsync(
            email,
            codes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)
        );
        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal("/account/two-factor?usedRecoveryCode=True", first.Response.RedirectTarget());
        var twoFactorPage = await first.Client.GetOkPageAsync("/account/two-factor?usedRecoveryCode=True");
        Assert.Contains("You signed in with a recovery code", twoFactorPage.MainText());
        Assert.Contains("9 of 10", twoFactorPage.MainText());
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/edit")).StatusCode);

        var again = await portal.SignInWithRecoveryCodeAsync(email, codes[0]);
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Contains("has been used already", await again.Response.Content.ReadAsStringAsync());
    }
}
