using System.Net;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>/account/logout: signing out, which ends every session of the account.</summary>
public class LogoutPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task Get_Logout_ShowsAButton_AndDoesNotSignOut()
    {
        var session = await EditorSession.SignInAsync(portal);

        var page = await session.Client.GetOkPageAsync("/account/logout");

        Assert.NotNull(page.QuerySelector("main form[method=post] button"));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task Get_Logout_SendsSomeoneNotSignedInToTheHomePage()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task Post_Logout_EndsEverySessionOfTheAccount()
    {
        var session = await EditorSession.SignInAsync(portal);
        var elsewhere = await session.SignInElsewhereAsync();
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/edit")).StatusCode);

        // The sign-out button in the layout's header, as a person would use it.
        var signOut = await session.Client.PostFormAsync("/edit", ".portal-account-status form");

        Assert.Equal("/", signOut.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/edit")).StatusCode);
        await using var db = portal.NewDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserName == session.Email && e.Action == AuditAction.SignOut));
    }

    [Fact]
    public async Task Post_Logout_WithoutTheAntiforgeryToken_DoesNotSignOut()
    {
        var session = await EditorSession.SignInAsync(portal);

        var response = await session.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
    }
}
