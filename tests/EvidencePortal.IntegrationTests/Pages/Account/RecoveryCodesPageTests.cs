using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// /account/two-factor/recovery-codes: a new set of recovery codes, for the password. The codes shown once after
/// enrolment are in <see cref="TwoFactorSetupTests"/>, and replacing them in <see cref="RecoveryCodeRenewalTests"/>.
/// </summary>
public class RecoveryCodesPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_RecoveryCodes_WithTheAppOn_AsksForThePasswordBeforeMakingNewCodes()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: true);

        var page = await session.Client.GetOkPageAsync("/account/two-factor/recovery-codes");

        Assert.Equal("Get new recovery codes", page.QuerySelector("main h1").Text());
        Assert.Contains("Your old recovery codes will stop working", page.MainText());
        Assert.Equal("password", page.QuerySelector("main form input[name='Input.Password']")!.GetAttribute("type"));
        Assert.Empty(page.QuerySelectorAll("#recovery-codes li"));
    }

    [Fact]
    public async Task Get_RecoveryCodes_WithoutTheApp_GoesToSetItUp()
    {
        var session = await EditorSession.SignInAsync(portal, twoFactor: false);

        var response = await session.Client.GetAsync("/account/two-factor/recovery-codes");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor", response.RedirectTarget());
    }

    [Fact]
    public async Task Get_RecoveryCodes_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/two-factor/recovery-codes");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}
