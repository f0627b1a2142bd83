using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>Setting up the authenticator app, which editing waits for, and turning it off; as in production
/// (Security:RequireTwoFactor on), with codes computed from the key the page shows.</summary>
public class TwoFactorSetupTests(TwoFactorRequiredPortal portal) : IClassFixture<TwoFactorRequiredPortal>
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

        var wrong = await session.Client.PostFormAsync(
            page,
            "main form",
            ("Input.Code", TwoFactorSteps.WrongCode(key))
        );
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
    public async Task Post_TwoFactorOff_RemovesTheAppAndCodes_AndEditingWaitsForANewEnrolment()
    {
        var session = await EditorSession.SignInAsync(portal);
        await portal.NewRecoveryCodesAsync(session.Email);

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
}
