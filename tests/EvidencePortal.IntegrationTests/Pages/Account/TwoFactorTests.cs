using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>Two-step sign-in as in production (Security:RequireTwoFactor on), with codes computed from the key the page
/// shows.</summary>
public class TwoFactorTests(TwoFactorRequiredPortal portal) : IClassFixture<TwoFactorRequiredPortal>
{
    [Fact]
    public async Task Get_Edit_SendsAnEditorWithoutAnAuthenticator_ToSetOneUp()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: false);

        var response = await session.Client.GetAsync("/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor?returnUrl=%2Fedit", response.RedirectTarget());
    }

    [Fact]
    public async Task Enrolment_ShowsTheQrCodeAndKey_ThenTheRecoveryCodesOnce_ThenAllowsEditing()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: false);
        var (_, page) = await session.Client.LoadAsync("/account/two-factor?returnUrl=%2Fedit");

        var svg = page.QuerySelector("main svg[role=img]")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("path[d^='M']"));
        Assert.Empty(page.QuerySelectorAll("main [style], main script, main img[src^='data:']"));
        var key = page.QuerySelector("#authenticator-key").Text();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.Equal("one-time-code", page.QuerySelector("#Input-Code")!.GetAttribute("autocomplete"));

        var wrong = await session.Client.PostFormAsync(page, "main form", ("Input.Code", WrongCode(key)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());

        var right = await session.Client.PostFormAsync(
            page,
            "main form",
            ("Input.Code", await Totp.UnusedCodeAsync(key))
        );
        Assert.Equal("/account/two-factor/recovery-codes?ReturnUrl=%2Fedit", right.RedirectTarget());
        var codesPage = await session.Client.GetOkPageAsync(right.RedirectTarget());
        var codes = codesPage.QuerySelectorAll("#recovery-codes li").Select(li => li.Text()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", code));
        Assert.Equal("/edit", codesPage.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));

        // Shown once: a second visit shows no codes, only the way to make new ones (with the password).
        var again = await session.Client.GetOkPageAsync(right.RedirectTarget());
        Assert.Empty(again.QuerySelectorAll("#recovery-codes li"));
        Assert.Equal("Get new recovery codes", again.QuerySelector("h1")!.Text());
        Assert.NotNull(again.QuerySelector("main form input[type=password]"));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
        await using var db = portal.NewDbContext();
        Assert.True(
            await db.AuditEvents.AnyAsync(e => e.UserName == session.Email && e.Action == AuditAction.TwoFactorEnabled)
        );
    }

    [Fact]
    public async Task Enrolment_EndsTheAccountsOtherSessions()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: false);
        var elsewhere = await session.SignInElsewhereAsync();
        var (_, page) = await session.Client.LoadAsync("/account/two-factor");

        await session.Client.PostFormAsync(
            page,
            "main form",
            ("Input.Code", await Totp.UnusedCodeAsync(page.QuerySelector("#authenticator-key").Text()))
        );

        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
        Assert.StartsWith("/account/login", (await elsewhere.GetAsync("/account/two-factor")).RedirectTarget());
    }

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

        var wrong = await client.PostFormAsync(firstStep.RedirectTarget(), "main form", ("Input.Code", WrongCode(key)));
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
        var codes = await NewRecoveryCodesAsync(email);

        var first = await SignInWithRecoveryCodeAsync(
            email,
            codes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)
        );
        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal("/account/two-factor?usedRecoveryCode=True", first.Response.RedirectTarget());
        var twoFactorPage = await first.Client.GetOkPageAsync("/account/two-factor?usedRecoveryCode=True");
        Assert.Contains("You signed in with a recovery code", twoFactorPage.MainText());
        Assert.Contains("9 of 10", twoFactorPage.MainText());
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/edit")).StatusCode);

        var again = await SignInWithRecoveryCodeAsync(email, codes[0]);
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Contains("has been used already", await again.Response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_RecoveryCodes_MakesANewSet_AndTheOldCodesStopWorking()
    {
        var session = await EditorSession.SignInAsync(portal);
        var old = await NewRecoveryCodesAsync(session.Email);

        var twoFactorPage = await session.Client.GetOkPageAsync("/account/two-factor");
        Assert.Equal(
            "/account/two-factor/recovery-codes",
            twoFactorPage
                .QuerySelectorAll("main a")
                .Single(a => a.Text() == "Get new recovery codes")
                .GetAttribute("href")
        );
        var response = await session.Client.PostFormAsync(
            "/account/two-factor/recovery-codes",
            "main form",
            ("Input.Password", session.Password)
        );
        var fresh = (await session.Client.GetOkPageAsync(response.RedirectTarget()))
            .QuerySelectorAll("#recovery-codes li")
            .Select(li => li.Text())
            .ToList();

        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(old));
        var replayed = await SignInWithRecoveryCodeAsync(session.Email, old[1]);
        Assert.Contains("has been used already", await replayed.Response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "Enter your password")]
    [InlineData("not the password", "Your password is not right")]
    public async Task Post_RecoveryCodes_AsksForThePassword_AndWithoutItTheOldCodesKeepWorking(
        string password,
        string message
    )
    {
        var session = await EditorSession.SignInAsync(portal);
        var old = await NewRecoveryCodesAsync(session.Email);

        var response = await session.Client.PostFormAsync(
            "/account/two-factor/recovery-codes",
            "main form",
            ("Input.Password", password)
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal([message], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()).ToList());
        Assert.Empty(page.QuerySelectorAll("#recovery-codes li"));
        Assert.Equal("", page.QuerySelector("#Input-Password")!.GetAttribute("value") ?? "");
        var signedIn = await SignInWithRecoveryCodeAsync(session.Email, old[0]);
        Assert.Equal("/account/two-factor?usedRecoveryCode=True", signedIn.Response.RedirectTarget());
    }

    [Fact]
    public async Task Post_TwoFactorOff_RemovesTheAppAndCodes_AndEditingWaitsForANewEnrolment()
    {
        var session = await EditorSession.SignInAsync(portal);
        await NewRecoveryCodesAsync(session.Email);

        var response = await session.Client.PostFormAsync(
            "/account/two-factor/turn-off",
            "main form",
            ("Input.Password", session.Password)
        );

        Assert.Equal("/account/two-factor", response.RedirectTarget());
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(session.Email))!;
            Assert.False(user.TwoFactorEnabled);
            Assert.Null(await users.GetAuthenticatorKeyAsync(user));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
        }
        Assert.Equal(
            "/account/two-factor?returnUrl=%2Fedit",
            (await session.Client.GetAsync("/edit")).RedirectTarget()
        );
        var page = await session.Client.GetOkPageAsync("/account/two-factor");
        Assert.NotEqual(
            Authenticator.FormatKey(session.AuthenticatorKey!),
            page.QuerySelector("#authenticator-key").Text()
        );
    }

    [Fact]
    public async Task Post_TwoFactorOff_AsksForThePassword_AndWithoutItChangesNothing()
    {
        var session = await EditorSession.SignInAsync(portal);

        var blank = await session.Client.PostFormAsync("/account/two-factor/turn-off", "main form");
        var wrong = await session.Client.PostFormAsync(
            "/account/two-factor/turn-off",
            "main form",
            ("Input.Password", "not the password at all")
        );

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains(
            "Enter your password",
            (await Html.ParseAsync(blank)).QuerySelector(".nhsuk-error-summary").Text()
        );
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(
            "Your password is not right",
            (await Html.ParseAsync(wrong)).QuerySelector(".nhsuk-error-summary").Text()
        );
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(session.Email))!;
        Assert.True(user.TwoFactorEnabled);
        Assert.Equal(session.AuthenticatorKey, await users.GetAuthenticatorKeyAsync(user));
        Assert.Equal(1, user.AccessFailedCount);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
    }

    private async Task<string[]> NewRecoveryCodesAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInWithRecoveryCodeAsync(
        string email,
        string code
    )
    {
        var client = EditorSession.NewClient(portal);
        await client.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );
        return (client, await client.PostFormAsync("/account/login/recovery-code", "main form", ("Input.Code", code)));
    }

    /// <summary>A code the app does not show now, nor up to a minute either side (the portal accepts those
    /// too).</summary>
    private static string WrongCode(string key)
    {
        var near = new[] { -60, -30, 0, 30, 60, 90 }
            .Select(s => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(s)))
            .ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !near.Contains(c));
    }
}
