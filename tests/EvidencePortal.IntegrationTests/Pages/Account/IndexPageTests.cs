using System.Net;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>/account: the signed-in person's account, and the ways to change it.</summary>
public class IndexPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_Account_ShowsTheEmailRoleAndTwoStepSignIn_WithLinksToChangeThem()
    {
        var session = await EditorSession.SignInAsync(portal, Roles.Editor);

        var page = await session.Client.GetOkPageAsync("/account");

        Assert.Equal("Your account", page.QuerySelector("main h1").Text());
        var rows = page.QuerySelectorAll(".nhsuk-summary-list__row")
            .ToDictionary(
                row => row.QuerySelector("dt").Text(),
                row => row.QuerySelector(".nhsuk-summary-list__value").Text()
            );
        Assert.Equal(session.Email, rows["Email address"]);
        Assert.Equal(Roles.Editor, rows["Role"]);
        Assert.Equal("Not set up", rows["Two-step sign-in"]);
        Assert.NotNull(page.QuerySelector("main a[href='/account/two-factor']"));
        Assert.NotNull(page.QuerySelector("main a[href='/account/password']"));
    }

    [Fact]
    public async Task Get_Account_TellsSomeoneWithoutARole_WhoToAsk()
    {
        var session = await EditorSession.SignInAsync(portal, role: null);

        var page = await session.Client.GetOkPageAsync("/account");

        Assert.Contains("None: ask an administrator for the editor role", page.MainText());
    }

    [Fact]
    public async Task Get_Account_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }
}
