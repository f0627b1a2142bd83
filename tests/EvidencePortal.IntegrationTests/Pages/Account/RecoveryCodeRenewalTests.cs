using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>A new set of recovery codes, as in production (Security:RequireTwoFactor on): made only when the password
/// is given, and then the old codes stop working.</summary>
public class RecoveryCodeRenewalTests(TwoFactorRequiredPortal portal) : IClassFixture<TwoFactorRequiredPortal>
{
    [Fact]
    public async Task Post_RecoveryCodes_MakesANewSet_AndTheOldCodesStopWorking()
    {
        var session = await EditorSession.SignInAsync(portal);
        var old = await portal.NewRecoveryCodesAsync(session.Email);

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
        var shown = await session.Client.GetOkPageAsync(response.RedirectTarget());
        var fresh = shown.QuerySelectorAll("#recovery-codes li").Select(li => li.Text()).ToList();

        Assert.Equal(10, fresh.Count);
        // The same codes as a text file to download, carried in the link (they are kept nowhere to fetch again).
        var file = shown.QuerySelector("a#recovery-codes-file")!;
        Assert.Equal("evidenceportal-recovery-codes.txt", file.GetAttribute("download"));
        const string prefix = "data:text/plain;charset=utf-8,";
        Assert.StartsWith(prefix, file.GetAttribute("href"));
        var text = Uri.UnescapeDataString(file.GetAttribute("href")![prefix.Length..]);
        Assert.Contains(session.Email, text);
        Assert.Equal(fresh, text.Split("\r\n").Where(line => fresh.Contains(line)).ToList());
        Assert.Empty(fresh.Intersect(old));
        var replayed = await portal.SignInWithRecoveryCodeAsync(session.Email, old[1]);
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
        var old = await portal.NewRecoveryCodesAsync(session.Email);

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
        var signedIn = await portal.SignInWithRecoveryCodeAsync(session.Email, old[0]);
        Assert.Equal("/account/two-factor?usedRecoveryCode=True", signedIn.Response.RedirectTarget());
    }
}
