using EvidencePortal.BrowserTests.Accessibility;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Account;

/// <summary>A portal of its own whose clock the tests move (the shared one's sessions must not expire under other
/// tests).</summary>
public sealed class ClockedBrowserFixture : BrowserFixture
{
    public ClockedBrowserFixture() => Portal.WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public ManualClock Clock { get; } = new();
}

/// <summary>
/// The signed-out warning and kept drafts (session.js): the server's clock is moved by hand and the page's
/// timers by Playwright's clock, so half an hour passes in a second.
/// </summary>
public class SessionTimeoutTests(ClockedBrowserFixture browser) : IClassFixture<ClockedBrowserFixture>
{
    [Fact]
    public async Task TwoMinutesBeforeTheIdleLimit_AWarningSaysSo_AndEnterKeepsTheEditorSignedIn()
    {
        var (page, failures) = await SignedInPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/edit/studies");
        // Every request renews the session, the favicon's too: let the page finish loading before time moves.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        browser.Clock.Advance(TimeSpan.FromMinutes(28) + TimeSpan.FromSeconds(5));
        await page.Clock.FastForwardAsync("28:05");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You will be signed out soon" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("You will be signed out in 2 minutes");
        var stay = dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" });
        await Assertions.Expect(stay).ToBeFocusedAsync();
        Assert.Empty((await AxeCheck.RunAsync(page, "session warning")).Violations);
        await BrowserFixture.ScreenshotAsync(page, "session-warning");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Renewed when the button was pressed: 29 minutes later the session is still there.
        browser.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.InRange(await SecondsLeftAsync(page), 50, 60);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NearTheTwelveHourLimit_StayingSignedInIsRefused_AndTheWarningSaysWhy()
    {
        var (page, failures) = await SignedInPageAsync();
        // Busy all day: a request every 14 minutes up to 11 h 54, then the page at 11 h 57.
        for (var i = 0; i < 51; i++)
        {
            browser.Clock.Advance(TimeSpan.FromMinutes(14));
            await page.Context.APIRequest.GetAsync("/edit");
        }
        browser.Clock.Advance(TimeSpan.FromMinutes(3));
        await page.Clock.InstallAsync();
        await page.GotoAsync("/edit");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        browser.Clock.Advance(TimeSpan.FromSeconds(65));
        await page.Clock.FastForwardAsync("01:05");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You will be signed out soon" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        await Assertions.Expect(dialog).ToContainTextAsync("it cannot be extended. Save your work now");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeHiddenAsync();
        var close = dialog.GetByRole(AriaRole.Button, new() { Name = "Close this message" });
        await Assertions.Expect(close).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SavingAfterTheSessionEnded_KeepsWhatWasTyped_AndPutsItBackAfterSigningInAgain()
    {
        var (page, failures) = await SignedInPageAsync();
        var title = $"Kept through a sign-out {Guid.NewGuid():N}";
        await page.Clock.InstallAsync();
        await page.GotoAsync("/edit/studies/new");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("Title").First.FillAsync(title);
        await page.GetByLabel("Authors", new() { Exact = true }).FillAsync("Webber M, Fendt-Newlin M");
        await page.GetByLabel("Year").First.FillAsync("2016");
        await page.GetByLabel("Source addresses").FillAsync("https://example.org/kept-through-a-sign-out");
        await page.GetByLabel("Design group").SelectOptionAsync(new SelectOptionValue { Index = 1 });

        // 31 minutes away, the computer asleep: the date moves on but no timer has run yet when Save is pressed.
        browser.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.Clock.SetSystemTimeAsync(DateTime.UtcNow.AddMinutes(31));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You have been signed out" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/edit/studies/new");
        Assert.Empty((await AxeCheck.RunAsync(page, "signed out")).Violations);
        await BrowserFixture.ScreenshotAsync(page, "session-ended");

        var notice = await SignInAgainFromTheDialogAsync(page, dialog);
        await Assertions.Expect(notice).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Title").First).ToHaveValueAsync(title);
        await Assertions.Expect(page.GetByLabel("Year").First).ToHaveValueAsync("2016");
        await Assertions
            .Expect(page.GetByLabel("Source addresses"))
            .ToHaveValueAsync("https://example.org/kept-through-a-sign-out");
        await BrowserFixture.ScreenshotAsync(page, "session-restored");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Saved as a draft");
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.True(await db.Studies.AnyAsync(s => s.Title == title && s.Year == 2016));
        }
        // Put back once: opening the page again starts from an empty form.
        await page.GotoAsync("/edit/studies/new");
        await Assertions.Expect(page.GetByLabel("Title").First).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator(".portal-restored")).ToHaveCountAsync(0);
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOutInAnotherTab_KeepsWhatWasTypedHere_AndPutsItBackAfterSigningInAgain()
    {
        var (page, failures) = await SignedInPageAsync();
        var title = $"Kept through a sign-out in another tab {Guid.NewGuid():N}";
        await page.GotoAsync("/edit/studies/new");
        await page.GetByLabel("Title").First.FillAsync(title);
        await page.GetByLabel("Year").First.FillAsync("2017");

        // The editor signs out in another tab (which ends every session of the account), then comes back here.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/edit");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(browser.BaseUrl + "/");
        await other.CloseAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You have been signed out" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await SignInAgainFromTheDialogAsync(page, dialog);
        await Assertions.Expect(page.GetByLabel("Title").First).ToHaveValueAsync(title);
        await Assertions.Expect(page.GetByLabel("Year").First).ToHaveValueAsync("2017");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    private string? email;

    private async Task<(IPage Page, List<string> Failures)> SignedInPageAsync()
    {
        email = await browser.CreateAccountAsync(Roles.Editor, "session");
        var (page, failures) = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.RunAndWaitForUrlAsync(
            () => SignInOnThePageAsync(page, email),
            url => !url.Contains("/account/login", StringComparison.Ordinal)
        );
        return (page, failures);
    }

    /// <summary>"Sign in again" in the signed-out dialog leads back to the new-study form with the typing put
    /// back.</summary>
    private async Task<ILocator> SignInAgainFromTheDialogAsync(IPage page, ILocator dialog)
    {
        await dialog.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await SignInOnThePageAsync(page, email!);
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/edit/studies/new");
        var notice = page.Locator(".portal-restored");
        await Assertions.Expect(notice).ToContainTextAsync("What you typed has been put back");
        return notice;
    }

    private static async Task SignInOnThePageAsync(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task<int> SecondsLeftAsync(IPage page)
    {
        var response = await page.Context.APIRequest.GetAsync("/account/session");
        var json = await response.JsonAsync();
        return json!.Value.GetProperty("secondsLeft").GetInt32();
    }
}
