using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Security;

/// <summary>
/// The payload list (<see cref="XssPayloads"/>) typed into every editable text field of a study (and a
/// finding's note), a topic, a review, an intervention and an outcome, saved, previewed and published
/// (<see cref="XssEditForms"/>); then every page those values reach is opened in Chromium. Nothing may run
/// (<see cref="XssWatch"/>): no dialog, no window.__xss, no event attribute or script:/data: address in the DOM, and
/// no CSP violation. Pages are opened twice: with the CSP (which must never fire) and with the CSP bypassed, so the
/// encoding alone is what is being tested. This test has a portal of its own: it spoils every record it touches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssPayloadTests : IAsyncLifetime
{
    private const string Password = "a long administrator passphrase";

    private readonly BrowserFixture browser;
    private readonly PortalFactory portal = new();
    private readonly XssWatch watch = new();
    private readonly XssEditForms forms;
    private string baseUrl = "";

    public XssPayloadTests(BrowserFixture browser)
    {
        this.browser = browser;
        forms = new XssEditForms(watch);
    }

    public ValueTask InitializeAsync()
    {
        portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        baseUrl = portal
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await portal.DisposeAsync();

    [Fact]
    public async Task Payloads_InEveryEditableField_RunNowhere()
    {
        var records = await XssRecords.FindAsync(portal);
        // An administrator: an editor who can also open the audit trail, one more page the payloads reach.
        var email = await CreateAdminAsync();
        var editor = await NewContextAsync(bypassCsp: false);
        var page = await watch.OpenAsync(editor);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-account-status")).ToContainTextAsync(email);

        await forms.FillSavePreviewAndPublishAsync(
            page,
            $"/edit/studies/{records.StudyId}",
            "study",
            new()
            {
                ["Input.Doi"] = "10.1234/<script>alert(42)</script>",
                ["Input.SourceUrls"] = "https://example.org/search?q=\"><script>alert(43)</script>",
            },
            markdownField: "AppraisalMarkdown"
        );
        await forms.FillSavePreviewAndPublishAsync(
            page,
            $"/edit/topics/{records.TopicId}",
            "topic",
            [],
            markdownField: "SummaryMarkdown",
            selectOverride: true
        );
        await forms.FillSavePreviewAndPublishAsync(
            page,
            $"/edit/reviews/{records.ReviewId}",
            "review",
            new() { ["Input.SourceUrls"] = "https://example.org/review?x='><img/src=x/onerror=alert(44)>" },
            markdownField: "KeyFindingsMarkdown"
        );
        await forms.FillSavePreviewAndPublishAsync(
            page,
            $"/edit/interventions/{records.InterventionId}",
            "intervention",
            []
        );
        await forms.FillSavePreviewAndPublishAsync(page, $"/edit/outcomes/{records.OutcomeId}", "outcome", []);

        var pages = records.PagesToVisit();
        foreach (var url in pages)
        {
            await watch.VisitAsync(page, url, "editor");
        }
        await watch.CheckTextFormatsAsync(page, records);

        // Not only inert but visible: what was typed is on the page as the same characters, in text, not markup.
        const string markdownPayload = "<script>alert(1)</script>";
        await watch.ShownAsTextAsync(
            page,
            $"/studies/{records.StudySlug}",
            forms.Typed("study-Title"),
            forms.Typed("study-Setting"),
            forms.Typed("study-Note"),
            forms.Typed("intervention-Name"),
            forms.Typed("outcome-Name"),
            markdownPayload
        );
        await watch.ShownAsTextAsync(
            page,
            $"/topics/{records.TopicSlug}",
            forms.Typed("topic-Title"),
            forms.Typed("topic-KeyMessage"),
            forms.Typed("topic-OverrideRationale"),
            forms.Typed("intervention-Description"),
            markdownPayload
        );
        await watch.ShownAsTextAsync(
            page,
            $"/reviews/{records.ReviewSlug}",
            forms.Typed("review-Title"),
            forms.Typed("review-Scope"),
            markdownPayload
        );
        await watch.ShownAsTextAsync(page, "/search?q=xss", forms.Typed("study-Title"));
        await watch.ShownAsTextAsync(page, $"/edit/history/study/{records.StudyId}", forms.Typed("study-Title"));

        var state = await editor.StorageStateAsync();
        var bypass = await NewContextAsync(bypassCsp: true, state);
        var unprotected = await watch.OpenAsync(bypass);
        foreach (var url in pages)
        {
            await watch.VisitAsync(unprotected, url, "editor, CSP bypassed");
        }
        var anonymous = await watch.OpenAsync(await NewContextAsync(bypassCsp: true));
        foreach (var url in pages.Where(u => !u.StartsWith("/edit", StringComparison.Ordinal)))
        {
            await watch.VisitAsync(anonymous, url, "anonymous, CSP bypassed");
        }

        Assert.True(watch.Problems.Count == 0, string.Join("\n", watch.Problems));
        await editor.CloseAsync();
        await bypass.CloseAsync();
        await anonymous.Context.CloseAsync();
    }

    private async Task<string> CreateAdminAsync()
    {
        var email = $"xss-{Guid.NewGuid():N}@example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
        }
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Admin);
        return email;
    }

    private async Task<IBrowserContext> NewContextAsync(bool bypassCsp, string? storageState = null)
    {
        var context = await browser.Browser.NewContextAsync(
            new()
            {
                BaseURL = baseUrl,
                BypassCSP = bypassCsp,
                StorageState = storageState,
                ViewportSize = new() { Width = 1280, Height = 900 },
            }
        );
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(XssWatch.Probes);
        return context;
    }
}
