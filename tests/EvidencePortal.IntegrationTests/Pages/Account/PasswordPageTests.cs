using System.Net;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Account;

public class PasswordPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string NewPassword = "kettle orchard lantern velvet";

    [Theory]
    [InlineData("password1234", CommonPasswordValidator.Message)]
    [InlineData("Sunshine2024!!", CommonPasswordValidator.Message)]
    [InlineData("monkeymonkeymonkey", CommonPasswordValidator.Message)]
    [InlineData("short one", "at least 12 characters")]
    public async Task Post_Password_RefusesAWeakOrCommonNewPassword(string weak, string message)
    {
        var session = await EditorSession.SignInAsync(portal);

        var response = await ChangeAsync(session, EditorSession.DefaultPassword, weak, weak);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), body);
        Assert.Contains("href=\"#Input-NewPassword\"", body);
    }

    [Fact]
    public async Task Post_Password_RefusesAPasswordContainingTheEmailAddress()
    {
        var session = await EditorSession.SignInAsync(
            portal,
            email: $"morwenna.trelawny.{Guid.NewGuid():N}@example.org"
        );
        var withName = session.Email.Split('@')[0] + " rules ok";

        var response = await ChangeAsync(session, EditorSession.DefaultPassword, withName, withName);

        Assert.Contains(
            System.Net.WebUtility.HtmlEncode(EmailInPasswordValidator.Message),
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Post_Password_RefusesAWrongCurrentPassword_AndDifferentNewOnes()
    {
        var session = await EditorSession.SignInAsync(portal);

        var wrongCurrent = await (
            await ChangeAsync(session, "not my password at all", NewPassword, NewPassword)
        ).Content.ReadAsStringAsync();
        var different = await (
            await ChangeAsync(session, EditorSession.DefaultPassword, NewPassword, NewPassword + " x")
        ).Content.ReadAsStringAsync();

        Assert.Contains("Your current password is not right", wrongCurrent);
        Assert.Contains("The two new passwords are not the same", different);
    }

    [Fact]
    public async Task Post_Password_ChangesIt_KeepsThisSession_AndEndsTheOthers()
    {
        var session = await EditorSession.SignInAsync(portal);
        var elsewhere = await session.SignInElsewhereAsync();

        var response = await ChangeAsync(session, EditorSession.DefaultPassword, NewPassword, NewPassword);

        Assert.Equal("/account", response.RedirectTarget());
        Assert.Contains("Your password has been changed", (await session.Client.GetOkPageAsync("/account")).MainText());
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/edit")).StatusCode);
        await EditorSession.SignInClientAsync(EditorSession.NewClient(portal), session.Email, NewPassword, null);
        await using var db = portal.NewDbContext();
        Assert.True(
            await db.AuditEvents.AnyAsync(e => e.UserName == session.Email && e.Action == AuditAction.AccountChanged)
        );
    }

    private static Task<HttpResponseMessage> ChangeAsync(
        EditorSession session,
        string current,
        string next,
        string confirm
    ) =>
        session.Client.PostFormAsync(
            "/account/password",
            "main form",
            ("Input.CurrentPassword", current),
            ("Input.NewPassword", next),
            ("Input.ConfirmPassword", confirm)
        );
}
