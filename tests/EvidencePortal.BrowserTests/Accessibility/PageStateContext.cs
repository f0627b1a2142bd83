using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>The page being arranged and the ways states are reached.</summary>
public sealed class PageStateContext(BrowserFixture browser, IPage page)
{
    public IPage Page { get; } = page;

    public async Task GotoAsync(string url) => await Page.GotoAsync(url);

    public async Task ClickAsync(string button) =>
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync();

    /// <summary>Opens a record's edit form from its public page, as an editor does ("Edit this page").</summary>
    public async Task OpenEditFormAsync(string publicUrl)
    {
        await GotoAsync(publicUrl);
        await Page.RunAndWaitForUrlAsync(
            () => Page.GetByRole(AriaRole.Link, new() { Name = "Edit this page" }).ClickAsync(),
            url => url.Contains("/edit/", StringComparison.Ordinal)
        );
    }

    public async Task OpenFirstRecordAsync(string listUrl)
    {
        await GotoAsync(listUrl);
        await Page.Locator("main table tbody a").First.ClickAsync();
    }

    /// <summary>Two browsers open the same form; the other saves first, so this page's save answers 409.</summary>
    public async Task MakeConflictAsync(string publicUrl)
    {
        await OpenEditFormAsync(publicUrl);
        var (other, _) = await browser.NewPageAsync(storageState: await browser.SignedInStateAsync(Roles.Editor));
        await other.GotoAsync(Page.Url);
        await other
            .Locator("#Input-Setting")
            .FillAsync("Saved first from another browser " + Guid.NewGuid().ToString("N")[..6]);
        await other
            .Locator("main")
            .GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true })
            .ClickAsync();
        await other.Context.CloseAsync();
        await Page.Locator("#Input-Setting")
            .FillAsync("Saved second from this browser " + Guid.NewGuid().ToString("N")[..6]);
        await ClickAsync("Save draft");
    }

    public async Task SignInAsNewAccountAsync(string role)
    {
        var email = await browser.CreateAccountAsync(role, "own");
        await GotoAsync("/account/login");
        await Page.Locator("#Input-Email").FillAsync(email);
        await Page.Locator("#Input-Password").FillAsync(BrowserFixture.EditorPassword);
        await Page.RunAndWaitForUrlAsync(
            () => ClickAsync("Sign in"),
            url => !url.Contains("/account/login", StringComparison.Ordinal)
        );
    }

    /// <summary>Signs in an account that has two-step sign-in, up to the security code page.</summary>
    public async Task SignInToCodePageAsync()
    {
        var email = await browser.CreateAccountAsync(Roles.Editor, "two-step");
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("no account");
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        await GotoAsync("/account/login");
        await Page.Locator("#Input-Email").FillAsync(email);
        await Page.Locator("#Input-Password").FillAsync(BrowserFixture.EditorPassword);
        await Page.RunAndWaitForUrlAsync(
            () => ClickAsync("Sign in"),
            url => url.Contains("/account/login/code", StringComparison.Ordinal)
        );
    }
}
