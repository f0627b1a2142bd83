using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// Every page and error state the accessibility tests visit: how to reach it in the browser, who must be
/// signed in (null: nobody), and the HTTP status the page should answer with. Editor states change only
/// drafts of records that no other browser test reads, so the public pages stay as imported.
/// </summary>
public static class PageStates
{
    /// <summary>Studies the editor states draft; other browser tests use webber-2015, priebe-2019 and
    /// terzian-2013.</summary>
    public const string DraftStudy = "/studies/davidson-2004-supported-socialization-rct";
    public const string ConflictStudy = "/studies/sheridan-2015-supported-socialisation-rct";

    private static PageState Get(string name, string url, int status = 200, string? role = null) =>
        new(name, role, c => c.GotoAsync(url), status);

    public static readonly IReadOnlyList<PageState> Public =
    [
        Get("home", "/"),
        Get("reviews", "/reviews"),
        Get("review", "/reviews/social-networks"),
        Get("review-print", "/reviews/social-networks/print"),
        Get("topic", "/topics/befriending"),
        Get("topic-digital", "/topics/digital"),
        Get("studies", "/studies"),
        Get("studies-filtered-sorted", "/studies?topic=peer-support&design=rct&sort=year&order=desc"),
        Get("studies-page-2", "/studies?page=2&pageSize=10"),
        Get("studies-filters-bad-values-400", "/studies?yearFrom=abc&yearTo=12&topic=no-such-topic&sort=colour", 400),
        Get("study", "/studies/priebe-2019-volume-befriending-rct"),
        Get("search", "/search?q=befriending"),
        Get("search-with-facets", "/search?q=social&design=rct&page=1"),
        Get("search-empty-query", "/search"),
        Get("search-no-results", "/search?q=xylophone+quasar"),
        Get("search-bad-facet-400", "/search?q=social&yearFrom=abc", 400),
        Get("map", "/map"),
        Get("map-filtered", "/map?design=rct&yearFrom=2010"),
        Get("about-ratings", "/about/ratings"),
        Get("about-accessibility", "/about/accessibility"),
        Get("login", "/account/login"),
        new("login-submitted-empty", null, async c =>
        {
            await c.GotoAsync("/account/login");
            await c.ClickAsync("Sign in");
        }),
        new("login-wrong-password", null, async c =>
        {
            await c.GotoAsync("/account/login");
            await c.Page.Locator("#Input-Email").FillAsync("nobody@example.org");
            await c.Page.Locator("#Input-Password").FillAsync("not the password at all");
            await c.ClickAsync("Sign in");
        }),
        new("login-security-code", null, c => c.SignInToCodePageAsync()),
        new("login-security-code-wrong", null, async c =>
        {
            await c.SignInToCodePageAsync();
            await c.Page.Locator("#Input-Code").FillAsync("12");
            await c.ClickAsync("Continue");
        }),
        new("login-recovery-code", null, async c =>
        {
            await c.SignInToCodePageAsync();
            await c.GotoAsync("/account/login/recovery-code");
        }),
        new("login-recovery-code-wrong", null, async c =>
        {
            await c.SignInToCodePageAsync();
            await c.GotoAsync("/account/login/recovery-code");
            await c.Page.Locator("main form input:not([type=hidden])").FillAsync("not-a-code");
            await c.Page.Locator("main form button[type=submit]").ClickAsync();
        }),
        Get("not-found-404", "/no-such-page", 404),
        Get("study-not-found-404", "/studies/no-such-study", 404),
        Get("too-many-requests-429", "/error/429", 429),
        Get("server-error-500", FailingAddress.Path, 500),
        Get("editing-signed-out-redirects-to-login", "/edit/studies"),
    ];

    public static readonly IReadOnlyList<PageState> Editor =
    [
        Get("edit-home", "/edit", role: Roles.Editor),
        Get("edit-studies", "/edit/studies", role: Roles.Editor),
        Get("edit-study-new", "/edit/studies/new", role: Roles.Editor),
        new("edit-study", Roles.Editor, c => c.OpenEditFormAsync(DraftStudy)),
        new("edit-study-invalid", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c.Page.Locator("#Input-Title").FillAsync("");
            await c.Page.Locator("#Input-Year").FillAsync("next year");
            await c.Page.Locator("#Input-LastReviewedOn").FillAsync("yesterday");
            await c.Page.Locator("#Input-SourceUrls").FillAsync("ftp://example.org/paper");
            await c.ClickAsync("Save draft");
        }),
        new("edit-study-new-submitted-empty", Roles.Editor, async c =>
        {
            await c.GotoAsync("/edit/studies/new");
            await c.ClickAsync("Save draft");
        }),
        new("edit-study-draft-saved", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c
                .Page.Locator("#Input-Setting")
                .FillAsync("Community mental health services (draft by the accessibility tests)");
            await c.ClickAsync("Save draft");
        }),
        new("edit-study-draft-preview", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c
                .Page.Locator("#Input-Setting")
                .FillAsync("Community mental health services (draft by the accessibility tests)");
            await c.ClickAsync("Save draft");
            await c
                .Page.GetByRole(AriaRole.Link, new() { Name = "Preview the draft as the public will see it" })
                .ClickAsync();
        }),
        new("edit-study-history", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c
                .Page.Locator("#Input-Population")
                .FillAsync("Adults using community mental health services (a revision for the history page)");
            await c.ClickAsync("Save draft");
            await c.Page.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();
        }),
        new("edit-study-conflict-409", Roles.Editor, c => c.MakeConflictAsync(ConflictStudy), 409),
        Get("edit-topics", "/edit/topics", role: Roles.Editor),
        Get("edit-topic-new", "/edit/topics/new", role: Roles.Editor),
        new("edit-topic", Roles.Editor, c => c.OpenEditFormAsync("/topics/group-social-skills")),
        new("edit-topic-invalid", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync("/topics/group-social-skills");
            await c.Page.Locator("#Input-Title").FillAsync("");
            await c.Page.Locator("#Input-KeyMessage").FillAsync("");
            await c.Page.Locator("#Input-Order").FillAsync("first");
            await c.Page.Locator("#Input-OverrideDirection").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await c.ClickAsync("Save draft");
        }),
        new("edit-topic-preview", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync("/topics/group-social-skills");
            await c
                .Page.Locator("#Input-KeyMessage")
                .FillAsync("Group programmes: a key message drafted by the accessibility tests.");
            await c.ClickAsync("Save draft");
            await c
                .Page.GetByRole(AriaRole.Link, new() { Name = "Preview the draft as the public will see it" })
                .ClickAsync();
        }),
        Get("edit-reviews", "/edit/reviews", role: Roles.Editor),
        new("edit-review", Roles.Editor, c => c.OpenEditFormAsync("/reviews/social-networks")),
        new("edit-review-preview", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync("/reviews/social-networks");
            await c.GotoAsync(c.Page.Url.TrimEnd('/') + "/preview");
        }),
        Get("edit-interventions", "/edit/interventions", role: Roles.Editor),
        Get("edit-intervention-new", "/edit/interventions/new", role: Roles.Editor),
        new("edit-intervention-new-submitted-empty", Roles.Editor, async c =>
        {
            await c.GotoAsync("/edit/interventions/new");
            await c.ClickAsync("Save draft");
        }),
        new("edit-intervention", Roles.Editor, c => c.OpenFirstRecordAsync("/edit/interventions")),
        Get("edit-outcomes", "/edit/outcomes", role: Roles.Editor),
        new("edit-outcome", Roles.Editor, c => c.OpenFirstRecordAsync("/edit/outcomes")),
        new("edit-outcome-new-submitted-empty", Roles.Editor, async c =>
        {
            await c.GotoAsync("/edit/outcomes/new");
            await c.ClickAsync("Save draft");
        }),
        Get("edit-audit-forbidden-403", "/edit/audit", 403, Roles.Editor),
        Get("edit-no-such-record-404", "/edit/studies/999999", 404, Roles.Editor),
        Get("account", "/account", role: Roles.Editor),
        // Opening the set-up page makes a new authenticator key, which ends the account's other sessions:
        // these states sign in an account of their own rather than the shared one.
        new("account-two-factor-set-up", null, async c =>
        {
            await c.SignInAsNewAccountAsync(Roles.Editor);
            await c.GotoAsync("/account/two-factor");
        }),
        new("account-two-factor-wrong-code", null, async c =>
        {
            await c.SignInAsNewAccountAsync(Roles.Editor);
            await c.GotoAsync("/account/two-factor");
            await c.Page.Locator("#Input-Code").FillAsync("000");
            await c.Page.Locator("main form button[type=submit]").Last.ClickAsync();
        }),
        Get("account-password", "/account/password", role: Roles.Editor),
        new("account-password-submitted-empty", Roles.Editor, async c =>
        {
            await c.GotoAsync("/account/password");
            await c.ClickAsync("Change password");
        }),
        Get("audit", "/edit/audit", role: Roles.Admin),
        Get("audit-filtered", "/edit/audit?entityType=Study&action=Edited&page=1", role: Roles.Admin),
        Get("audit-bad-filter-400", "/edit/audit?from=not-a-date", 400, Roles.Admin),
    ];
}

public sealed record PageState(string Name, string? Role, Func<PageStateContext, Task> Arrange, int Status = 200);

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
