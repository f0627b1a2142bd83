using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class EditorJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long editor passphrase";

    private async Task<string> CreateEditorAsync()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        using var scope = browser.Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Editor))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Editor));
        }
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Editor);
        return email;
    }

    [Fact]
    public async Task Editor_SignsIn_Edits_Previews_Publishes_AndRestoresFromHistory()
    {
        var email = await CreateEditorAsync();
        var (page, failures) = await browser.NewPageAsync();
        const string study = "/studies/webber-2015-enhancing-social-networks-qualitative";

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync(study);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this page" }).ClickAsync();
        await page.GetByLabel("Setting").FillAsync("Six sites in England (checked by the journey test)");
        await BrowserFixture.ScreenshotAsync(page, "editor-edit-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Draft saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Preview the draft as the public will see it" })
            .ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("checked by the journey test");
        await BrowserFixture.ScreenshotAsync(page, "editor-preview");
        await page.Locator(".portal-preview-banner")
            .GetByRole(AriaRole.Button, new() { Name = "Publish" })
            .ClickAsync();
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Published");

        var (reader, _) = await browser.NewPageAsync();
        await reader.GotoAsync(study);
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("checked by the journey test");

        await page.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-revision").First).ToContainTextAsync("Published");
        await BrowserFixture.ScreenshotAsync(page, "editor-history");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore revision 1 as a draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Revision 1 restored as a draft");
        await page.Locator(".portal-record-status").GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await reader.GotoAsync(study);
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("checked by the journey test");
        Assert.Empty(failures);
        await page.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }
}
