using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// /account/two-factor: setting up the authenticator app, or, once it is on, managing it. The whole enrolment,
/// with real codes, is in <see cref="TwoFactorSetupTests"/>.
/// </summary>
public class TwoFactorPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_TwoFactor_WithoutTheApp_ShowsTheQrCodeAndKey_AndAsksForACode()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: false);

        var page = await session.Client.GetOkPageAsync("/account/two-factor");

        Assert.Equal("Set up your authenticator app", page.QuerySelector("main h1").Text());
        Assert.NotNull(page.QuerySelector("main .portal-qr svg"));
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.QuerySelector("#authenticator-key").Text());
        Assert.Equal("Security code", page.QuerySelector("main form label[for='Input-Code']").Text());
        Assert.Equal("Turn on two-step sign-in", page.QuerySelector("main form button").Text());
    }

    [Fact]
    public async Task Get_TwoFactor_WithTheAppOn_SaysSo_AndLeadsToNewCodesOrTurningItOff()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: true);

        var page = await session.Client.GetOkPageAsync("/account/two-factor");

        Assert.Equal("Two-step sign-in", page.QuerySelector("main h1").Text());
        Assert.Null(page.QuerySelector("#authenticator-key"));
        Assert.NotNull(page.QuerySelector("main a[href='/account/two-factor/recovery-codes']"));
        Assert.NotNull(page.QuerySelector("main a[href='/account/two-factor/turn-off']"));
    }

    [Fact]
    public async Task Get_TwoFactor_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}
