using System.Net;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>/account/login/code: the second step of signing in, for an account with an authenticator app.</summary>
public class LoginCodePageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_LoginCode_AfterTheRightPassword_AsksForTheAppsCode_AndOffersARecoveryCode()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var client = EditorSession.NewClient(portal);
        var firstStep = await client.PostFormAsync("/account/login", "main form",
            ("Input.Email", email), ("Input.Password", EditorSession.DefaultPassword));

        var page = await client.GetOkPageAsync(firstStep.RedirectTarget());

        Assert.Equal("Enter your security code", page.QuerySelector("main h1").Text());
        Assert.Equal("Security code", page.QuerySelector("label[for='Input-Code']").Text());
        Assert.Equal("one-time-code", page.QuerySelector("#Input-Code")!.GetAttribute("autocomplete"));
        Assert.StartsWith(
            "/account/login/recovery-code",
            page.QuerySelector("main a[href*='recovery-code']")!.GetAttribute("href")
        );
    }

    [Fact]
    public async Task Get_LoginCode_WithoutAPasswordFirst_GoesBackToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/login/code");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectTarget());
    }
}
