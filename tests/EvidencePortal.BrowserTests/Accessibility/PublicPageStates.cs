using static EvidencePortal.BrowserTests.Accessibility.PageState;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>The public pages and error states the accessibility tests visit, nobody signed in unless a state signs
/// in itself.</summary>
public static class PublicPageStates
{
    public static readonly IReadOnlyList<PageState> All =
    [
        Get("home", "/"),
        Get("reviews", "/reviews"),
        Get("review", "/reviews/social-networks"),
        Get("review-print", "/reviews/social-networks/print"),
        Get("topic", "/topics/befriending"),
        Get("topic-digital", "/topics/digital"),
        Get("topic-changes", "/topics/befriending/changes"),
        Get("topic-changes-past-the-last-page-404", "/topics/befriending/changes?page=99", 404),
        Get("review-changes", "/reviews/social-networks/changes"),
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
}
