using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// /account/two-factor/turn-off: turning the authenticator app off, for the password. What posting it does is in
/// <see cref="TwoFactorSetupTests"/>.
/// </summary>
public class TwoFactorOffPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_TwoFactorOff_SaysWhatTurningItOffDoes_AndAsksForThePassword()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: true);

        var page = await session.Client.GetOkPageAsync("/account/two-factor/turn-off");

        Assert.Equal("Turn off two-step sign-in", page.QuerySelector("main h1").Text());
        Assert.Contains("your recovery codes will stop working", page.MainText());
        Assert.Equal("password", page.QuerySelector("main form input[name='Input.Password']")!.GetAttribute("type"));
        Assert.Equal("Turn off two-step sign-in", page.QuerySelector("main form button.nhsuk-button--warning").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/account/two-factor']"));
    }

    [Fact]
    public async Task Get_TwoFactorOff_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/two-factor/turn-off");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}
