using System.Text;
using Deque.AxeCore.Playwright;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Journeys;

/// <summary>
/// An editor imports references in Chromium with JavaScript off: upload, preview, confirm, report.
/// axe-core needs script, so each page is checked again in a JavaScript-on context signed in as the same editor.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ImportJourneyTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery staple";

    private async Task<string> CreateEditorAsync()
    {
        var email = $"importer-{Guid.NewGuid():N}@example.org";
        using var scope = browser.Portal.Services.CreateScope();
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
        await users.AddToRoleAsync(user, Roles.Editor);
        return email;
    }

    private async Task<(IPage Page, List<string> Failures)> SignInAsync(string email, bool javaScript)
    {
        var (page, failures) = await browser.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync("/account/login?returnUrl=%2Fedit");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Editing");
        return (page, failures);
    }

    /// <summary>axe-core with the WCAG 2.x A and AA rules, on the page as it stands.</summary>
    private static async Task AssertNoAxeViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe(
            new Deque.AxeCore.Commons.AxeRunOptions
            {
                RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
                {
                    Type = "tag",
                    Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                },
            }
        );
        Assert.True(
            result.Violations.Length == 0,
            $"{name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})"))
        );
    }

    [Fact]
    public async Task Editor_ImportsARisFile_WithJavaScriptOff()
    {
        var email = await CreateEditorAsync();
        var (page, failures) = await SignInAsync(email, javaScript: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "Import references (RIS or CSV)" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await Assertions
            .Expect(page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("Choose a RIS or CSV file to upload");
        await BrowserFixture.ScreenshotAsync(page, "import-upload-error");

        var ris = new StringBuilder();
        for (var i = 1; i <= 3; i++)
        {
            ris.Append(
                $"TY  - JOUR\r\nAU  - Browserauthor, B{i}\r\nTI  - Test study browser {i}\r\nPY  - 2020\r\nER  - \r\n"
            );
        }
        ris.Append("TY  - JOUR\r\nTI  - Test study browser with a bad year\r\nPY  - someday\r\nER  - \r\n");
        await page.GetByLabel("Upload a file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "browser.ris",
                    MimeType = "application/x-research-info-systems",
                    Buffer = Encoding.UTF8.GetBytes(ris.ToString()),
                }
            );
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Assertions
            .Expect(page.Locator("#import-counts"))
            .ToHaveTextAsync("3 would be added as drafts and 1 would be skipped.");
        var previewUrl = page.Url;
        await BrowserFixture.ScreenshotAsync(page, "import-preview");
        var (checker, _) = await SignInAsync(email, javaScript: true);
        await checker.GotoAsync("/edit/import");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await AssertNoAxeViolationsAsync(checker, "upload form with an error");
        await checker.GotoAsync(previewUrl);
        await AssertNoAxeViolationsAsync(checker, "preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 studies as drafts" }).ClickAsync();

        // While it runs the page refreshes itself (a meta refresh, no script), until the report shows.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import finished", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#import-result")).ToHaveTextAsync("3 added as drafts and 1 skipped.");
        await BrowserFixture.ScreenshotAsync(page, "import-report");
        await checker.GotoAsync(previewUrl);
        await AssertNoAxeViolationsAsync(checker, "report");
        Assert.Empty(failures);
        await checker.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The page's 20 MB limit, as a person meets it: Chromium sends the whole file, the portal answers 413
    /// with its own page.</summary>
    [Fact]
    public async Task Editor_UploadingAFileOverTheLimit_SeesThePortalsTooLargePage()
    {
        var email = await CreateEditorAsync();
        var (page, _) = await SignInAsync(email, javaScript: false);
        await page.GotoAsync("/edit/import");
        var big = Encoding.UTF8.GetBytes(
            string.Concat(Enumerable.Repeat("TY  - JOUR\r\nTI  - A title that fills the file\r\nER  - \r\n", 500_000))
        );

        await page.GetByLabel("Upload a file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "big.ris",
                    MimeType = "application/x-research-info-systems",
                    Buffer = big,
                }
            );
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/edit/import", StringComparison.Ordinal));

        Assert.Equal(413, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("That is too large");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("smaller than 20 MB");
        await BrowserFixture.ScreenshotAsync(page, "import-too-large");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go back and choose a smaller file" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import references");
        await page.Context.CloseAsync();
    }
}
