using System.Net;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>/account/login/recovery-code: the second step of signing in for someone without their phone.</summary>
public class LoginRecoveryCodePageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_LoginRecoveryCode_AfterTheRightPassword_AsksForARecoveryCode()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var client = EditorSession.NewClient(portal);
        await client.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );

        var page = await client.GetOkPageAsync("/account/login/recovery-code");

        Assert.Equal("Use a recovery code", page.QuerySelector("main h1").Text());
        Assert.Equal("Recovery code", page.QuerySelector("label[for='Input-Code']").Text());
        Assert.Contains("Each code works only once", page.MainText());
        Assert.Contains("ask a portal administrator to reset your authenticator", page.MainText());
    }

    [Fact]
    public async Task Get_LoginRecoveryCode_WithoutAPasswordFirst_GoesBackToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/login/recovery-code");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectTarget());
    }
}
