using EvidencePortal.Web.Accounts;
using Microsoft.Playwright;
using static EvidencePortal.BrowserTests.Accessibility.PageState;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>The editors' (and the administrator's) pages and states the accessibility tests visit. They change only
/// drafts of records that no other browser test reads, so the public pages stay as imported.</summary>
public static class EditorPageStates
{
    /// <summary>Studies the editor states draft; other browser tests use webber-2015, priebe-2019 and
    /// terzian-2013.</summary>
    public const string DraftStudy = "/studies/davidson-2004-supported-socialization-rct";
    public const string ConflictStudy = "/studies/sheridan-2015-supported-socialisation-rct";

    public static readonly IReadOnlyList<PageState> All =
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
        new("edit-study-finding-added", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c.ClickAsync("Add another finding");
        }),
        new("edit-study-delete-confirm", Roles.Editor, async c =>
        {
            await c.OpenEditFormAsync(DraftStudy);
            await c.Page.GetByRole(AriaRole.Link, new() { Name = "Delete…" }).ClickAsync();
        }),
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
