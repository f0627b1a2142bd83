using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Account;

[Collection(BrowserCollection.Name)]
public class EditorSignInTests(BrowserFixture browser)
{
    private const string Password = "tall ships sail home quietly";

    /// <summary>
    /// An editor made with the users command signs in from the footer link, sets up an authenticator app
    /// (the code typed from the key on the page, as from a phone), saves the recovery codes, signs out
    /// from the header, and signs in again with a security code. axe-core checks each page on the way
    /// (it runs as a script in the page, so this journey has JavaScript on; the next test has it off).
    /// </summary>
    [Fact]
    public async Task Editor_SignsIn_SetsUpTwoStepSignIn_SignsOut_AndSignsInWithACode()
    {
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        await CreateEditorAsync(email);
        var (page, failures) = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in (editors)" }).ClickAsync();
        await SignInAsync(page, email, "not my password at all");
        await Assertions
            .Expect(page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("The email address or password is not right");
        await AssertAccessibleAsync(page);
        await SignInAsync(page, email);
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/edit");
        await Assertions.Expect(page.Locator(".portal-account-status")).ToContainTextAsync($"Signed in as {email}");
        await BrowserFixture.ScreenshotAsync(page, "account-signed-in");

        await page.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Set up your authenticator app");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with your authenticator app" }))
            .ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "account-two-factor-enrol");
        await AssertAccessibleAsync(page);
        var key = await page.Locator("#authenticator-key").TextContentAsync() ?? "";
        await page.GetByLabel("Security code").FillAsync(await Totp.UnusedCodeAsync(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Save your recovery codes");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await BrowserFixture.ScreenshotAsync(page, "account-recovery-codes");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved my recovery codes" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/");
        await Assertions.Expect(page.Locator(".portal-account-status")).ToHaveCountAsync(0);

        await page.GotoAsync("/edit");
        await SignInAsync(page, email);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter your security code");
        await BrowserFixture.ScreenshotAsync(page, "account-sign-in-code");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Security code").FillAsync(await Totp.UnusedCodeAsync(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/edit");

        // New recovery codes ask for the password first: a session left open is not enough.
        await page.GotoAsync("/account/two-factor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Get new recovery codes" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Get new recovery codes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter your password");
        await BrowserFixture.ScreenshotAsync(page, "account-recovery-codes-password");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Your password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get new recovery codes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignInPage_WorksWithJavaScriptOff_AndShowsErrorsByTheirFields()
    {
        var (page, failures) = await browser.NewPageAsync(375, 800, javaScript: false);

        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(page.Locator("#Input-Email")).ToHaveAttributeAsync("autocomplete", "username");
        await Assertions
            .Expect(page.Locator("#Input-Password"))
            .ToHaveAttributeAsync("autocomplete", "current-password");
        await Assertions.Expect(page.Locator(".nhsuk-error-summary a[href='#Input-Email']")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "account-sign-in-errors-375");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to edit");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(
            new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions
                {
                    Type = "tag",
                    Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                },
            }
        );
        Assert.True(
            results.Violations.Length == 0,
            string.Join(
                "\n",
                results.Violations.Select(v =>
                    $"{page.Url}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"
                )
            )
        );
    }

    private async Task CreateEditorAsync(string email)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (!await roles.RoleExistsAsync(Roles.Editor))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Editor));
        }
        Assert.True((await users.AddToRoleAsync(user, Roles.Editor)).Succeeded);
    }
}
