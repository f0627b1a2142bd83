using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Security;

/// <summary>
/// The payload list (<see cref="XssPayloads"/>) typed into every editable text field of a study (and a
/// finding's note), a topic, a review, an intervention and an outcome, saved, previewed and published; then
/// every page those values reach is opened in Chromium. Nothing may run: no dialog, no window.__xss, no event
/// attribute or script:/data: address in the DOM, and no CSP violation. Pages are opened twice: with the CSP
/// (which must never fire) and with the CSP bypassed, so the encoding alone is what is being tested.
/// This test has a portal of its own: it spoils every record it touches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssPayloadTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "a long administrator passphrase";

    /// <summary>Fields that only take a value of one shape; the payloads go in once, to see the form come back with
    /// messages.</summary>
    private static readonly string[] ShapedFields = ["Year", "Slug", "LastReviewedOn", "Order", "PublishedOn"];

    /// <summary>Each free-text field's limit (from the input records); 200 when not listed.</summary>
    private static readonly Dictionary<string, int> Limits = new()
    {
        ["Verification"] = 50,
        ["VolumeIssuePages"] = 100,
        ["ShortTitle"] = 150,
        ["Authors"] = 400,
        ["Publisher"] = 400,
        ["CommissionedBy"] = 400,
        ["Journal"] = 500,
        ["Design"] = 500,
        ["SampleSize"] = 500,
        ["KeyMessage"] = 1000,
        ["Setting"] = 1000,
        ["AuthorsNote"] = 2000,
        ["Population"] = 2000,
        ["Description"] = 2000,
        ["Scope"] = 2000,
        ["Note"] = 4000,
        ["OverrideRationale"] = 4000,
        ["OutcomesMeasured"] = 5000,
    };

    private const string DomCheck = """
        () => {
          const bad = [];
          // Chromium shows JSON, XML and text in a <pre style> of its own making: only our HTML is held to "no style".
          const html = document.contentType === 'text/html';
          const unsafeUrl = v => /^(javascript|data|vbscript):/.test(v.replace(/[\s\x00-\x1f]/g, '').toLowerCase());
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              const n = a.name.toLowerCase();
              if (n.startsWith('on') || (html && n === 'style') || n === 'srcdoc') bad.push(el.tagName + ' ' + n + '=' + a.value);
              if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background'].includes(n) && unsafeUrl(a.value)) bad.push(el.tagName + ' ' + n + '=' + a.value);
            }
          }
          for (const s of document.querySelectorAll('script')) {
            if (!s.src || new URL(s.src).origin !== location.origin) bad.push('script ' + (s.src || s.textContent.slice(0, 60)));
          }
          // The one stylesheet the portal puts in the head (allowed by its hash) is the only <style> there may be.
          for (const el of document.querySelectorAll('iframe, frame, object, embed, base, body style, head style ~ style, meta[http-equiv], details[open][ontoggle]')) {
            bad.push(el.outerHTML.slice(0, 80));
          }
          return bad;
        }
        """;

    private const string Probes = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    private readonly PortalFactory portal = new();
    private string baseUrl = "";
    private readonly List<string> problems = [];

    /// <summary>What was typed into each free-text field ("study-Title" and so on), to find it again as text on the
    /// pages.</summary>
    private readonly Dictionary<string, string> typed = [];

    private void Problem(string text)
    {
        lock (problems)
        {
            problems.Add(text);
        }
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
        var records = await RecordsAsync();
        // An administrator: an editor who can also open the audit trail, one more page the payloads reach.
        var email = await CreateAdminAsync();
        var editor = await NewContextAsync(bypassCsp: false);
        var page = await OpenAsync(editor);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".portal-account-status")).ToContainTextAsync(email);

        await FillSavePreviewAndPublishAsync(
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
        await FillSavePreviewAndPublishAsync(
            page,
            $"/edit/topics/{records.TopicId}",
            "topic",
            [],
            markdownField: "SummaryMarkdown",
            selectOverride: true
        );
        await FillSavePreviewAndPublishAsync(
            page,
            $"/edit/reviews/{records.ReviewId}",
            "review",
            new() { ["Input.SourceUrls"] = "https://example.org/review?x='><img/src=x/onerror=alert(44)>" },
            markdownField: "KeyFindingsMarkdown"
        );
        await FillSavePreviewAndPublishAsync(page, $"/edit/interventions/{records.InterventionId}", "intervention", []);
        await FillSavePreviewAndPublishAsync(page, $"/edit/outcomes/{records.OutcomeId}", "outcome", []);

        var pages = PagesToVisit(records);
        foreach (var url in pages)
        {
            await VisitAsync(page, url, "editor");
        }
        await CheckTextFormatsAsync(page, records);

        // Not only inert but visible: what was typed is on the page as the same characters, in text, not markup.
        const string markdownPayload = "<script>alert(1)</script>";
        await ShownAsTextAsync(
            page,
            $"/studies/{records.StudySlug}",
            Typed("study-Title"),
            Typed("study-Setting"),
            Typed("study-Note"),
            Typed("intervention-Name"),
            Typed("outcome-Name"),
            markdownPayload
        );
        await ShownAsTextAsync(
            page,
            $"/topics/{records.TopicSlug}",
            Typed("topic-Title"),
            Typed("topic-KeyMessage"),
            Typed("topic-OverrideRationale"),
            Typed("intervention-Description"),
            markdownPayload
        );
        await ShownAsTextAsync(
            page,
            $"/reviews/{records.ReviewSlug}",
            Typed("review-Title"),
            Typed("review-Scope"),
            markdownPayload
        );
        await ShownAsTextAsync(page, "/search?q=xss", Typed("study-Title"));
        await ShownAsTextAsync(page, $"/edit/history/study/{records.StudyId}", Typed("study-Title"));

        var state = await editor.StorageStateAsync();
        var bypass = await NewContextAsync(bypassCsp: true, state);
        var unprotected = await OpenAsync(bypass);
        foreach (var url in pages)
        {
            await VisitAsync(unprotected, url, "editor, CSP bypassed");
        }
        var anonymous = await OpenAsync(await NewContextAsync(bypassCsp: true));
        foreach (var url in pages.Where(u => !u.StartsWith("/edit", StringComparison.Ordinal)))
        {
            await VisitAsync(anonymous, url, "anonymous, CSP bypassed");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await editor.CloseAsync();
        await bypass.CloseAsync();
        await anonymous.Context.CloseAsync();
    }

    /// <summary>
    /// The edit form with the payloads in its shaped fields too (it must come back with messages, values kept), then
    /// with payloads in every free-text field only: saved, the Markdown preview shown, the draft previewed, published.
    /// </summary>
    private async Task FillSavePreviewAndPublishAsync(
        IPage page,
        string editUrl,
        string what,
        Dictionary<string, string> special,
        string? markdownField = null,
        bool selectOverride = false
    )
    {
        await page.GotoAsync(editUrl);
        var form = page.Locator("form[action*='handler=Save']");
        var names = await form.Locator("textarea, input[type=text]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.name)");
        Assert.True(names.Length >= 2, $"{editUrl} has only {names.Length} text fields");
        var shaped = new Dictionary<string, string>();
        foreach (var name in names.Where(n => ShapedFields.Contains(Short(n))))
        {
            shaped[name] = await page.Locator($"[name='{name}']").InputValueAsync();
        }

        // 1. Everything, shaped fields included: refused with messages, the form re-rendered with what was typed.
        var offset = 0;
        var freeText = new Dictionary<string, string>();
        foreach (var name in names)
        {
            var value = XssPayloads.Fill($"xss-{what}-{Short(name)}", Limit(name), offset++);
            await page.Locator($"[name='{name}']").FillAsync(value);
            if (!ShapedFields.Contains(Short(name)) && !special.ContainsKey(name) && name != "Input.SourceUrls")
            {
                freeText[name] = value;
                typed.TryAdd($"{what}-{Short(name)}", value);
            }
        }
        if (names.Contains("Input.SourceUrls"))
        {
            await page.Locator("[name='Input.SourceUrls']").FillAsync("javascript:alert(45)");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        var refused = await page.Locator(".nhsuk-error-summary a")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        foreach (var name in names.Where(n => ShapedFields.Contains(Short(n)) || n == "Input.SourceUrls"))
        {
            Assert.True(
                refused.Any(h => h is not null && h.EndsWith(Short(name), StringComparison.Ordinal)),
                $"{editUrl}: '{name}' took a payload without a message; the summary links {string.Join(", ", refused)}"
            );
        }
        await CheckPageAsync(page, $"{editUrl} refused", "editor");

        // 2. Shaped fields back as they were, the special ones given valid but hostile values: saved.
        foreach (var (name, value) in shaped)
        {
            await page.Locator($"[name='{name}']").FillAsync(value);
        }
        foreach (var (name, value) in special)
        {
            await page.Locator($"[name='{name}']").FillAsync(value);
        }
        if (selectOverride)
        {
            await page.Locator("[name='Input.OverrideDirection']")
                .SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("[name='Input.OverrideStrength']")
                .SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        if (markdownField is not null)
        {
            await page.Locator($"button[formaction*='field={markdownField}']").ClickAsync();
            await Assertions.Expect(page.Locator(".portal-markdown-preview")).ToBeVisibleAsync();
            await CheckPageAsync(page, $"{editUrl} Markdown preview", "editor");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var saved = page.Locator(".portal-notice");
        await Assertions.Expect(saved.Or(page.Locator(".nhsuk-error-summary")).First).ToBeVisibleAsync();
        Assert.True(
            await saved.CountAsync() == 1,
            $"{editUrl} was not saved: {string.Join(" / ", await page.Locator(".nhsuk-error-summary").AllInnerTextsAsync())}"
        );
        await CheckPageAsync(page, $"{editUrl} saved", "editor");
        foreach (var (name, value) in freeText)
        {
            Assert.Equal(value, await page.Locator($"[name='{name}']").InputValueAsync());
        }

        // The draft as the public will see it (studies, topics and reviews have a preview), published from there.
        var preview = page.Locator(".portal-record-status a[href$='/preview']");
        if (await preview.CountAsync() == 1)
        {
            await preview.ClickAsync();
            await CheckPageAsync(page, $"{editUrl} draft preview", "editor");
            await page.Locator(".portal-preview-banner")
                .GetByRole(AriaRole.Button, new() { Name = "Publish" })
                .ClickAsync();
        }
        else
        {
            await page.Locator(".portal-record-status")
                .GetByRole(AriaRole.Button, new() { Name = "Publish" })
                .ClickAsync();
        }
        await Assertions.Expect(page.Locator(".portal-notice")).ToContainTextAsync("Published");
    }

    private string Typed(string key) =>
        typed.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException(
                $"No field {key} was filled; the forms have {string.Join(", ", typed.Keys)}"
            );

    /// <summary>
    /// Each value reaches the page whole, as text: encoded, not stripped or mangled. (A value shown in several places,
    /// such as a title also in the page's title, passes on any one; markup turned into elements is caught by the DOM
    /// checks.)
    /// </summary>
    private async Task ShownAsTextAsync(IPage page, string url, params string[] texts)
    {
        await VisitAsync(page, url, "editor");
        var text = await page.EvaluateAsync<string>("() => document.body.textContent");
        foreach (var expected in texts)
        {
            if (!text.Contains(expected, StringComparison.Ordinal))
            {
                Problem($"{url} does not show as text: {expected}");
            }
        }
    }

    private static string Short(string name) => name[(name.LastIndexOf('.') + 1)..];

    private static int Limit(string name)
    {
        var field = Short(name);
        return field.EndsWith("Markdown", StringComparison.Ordinal) ? 20_000 : Limits.GetValueOrDefault(field, 200);
    }

    private async Task VisitAsync(IPage page, string url, string who)
    {
        var response = await page.GotoAsync(url);
        if (response is null || response.Status >= 500)
        {
            Problem($"{who}: {url} answered {response?.Status}");
        }
        await CheckPageAsync(page, url, who);
    }

    private async Task CheckPageAsync(IPage page, string where, string who)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForTimeoutAsync(50);
        if (await page.EvaluateAsync<bool>("() => typeof window.__xss !== 'undefined'"))
        {
            Problem($"{who}: {where}: window.__xss is defined");
        }
        foreach (var finding in await page.EvaluateAsync<string[]>(DomCheck))
        {
            Problem($"{who}: {where}: {finding}");
        }
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__csp || []"))
        {
            Problem($"{who}: {where}: CSP violation {violation}");
        }
    }

    /// <summary>CSV, RIS, BibTeX, JSON and Atom: never served as HTML, never sniffed; JSON and Atom escape markup, and
    /// open harmlessly.</summary>
    private async Task CheckTextFormatsAsync(IPage page, Records records)
    {
        var formats = new (string Url, string Type, bool MarkupEscaped)[]
        {
            ($"/studies/{records.StudySlug}.ris", "application/x-research-info-systems", false),
            ($"/studies/{records.StudySlug}.bib", "application/x-bibtex", false),
            ("/studies.csv", "text/csv", false),
            ("/edit/audit?handler=Csv", "text/csv", false),
            ($"/api/v1/studies/{records.StudySlug}", "application/json", true),
            ($"/api/v1/topics/{records.TopicSlug}", "application/json", true),
            ($"/api/v1/reviews/{records.ReviewSlug}", "application/json", true),
            ("/api/v1/findings?pageSize=100", "application/json", true),
            ("/feed.atom", "application/atom+xml", true),
        };
        foreach (var (url, type, escaped) in formats)
        {
            var response = await page.APIRequest.GetAsync(url);
            var body = await response.TextAsync();
            var headers = response.Headers;
            if (
                !headers.TryGetValue("content-type", out var contentType)
                || !contentType.StartsWith(type, StringComparison.Ordinal)
            )
            {
                Problem($"{url}: served as {contentType}, not {type}");
            }
            if (headers.GetValueOrDefault("x-content-type-options") != "nosniff")
            {
                Problem($"{url}: no nosniff");
            }
            if (!body.Contains("xss-", StringComparison.Ordinal) && !url.Contains("audit", StringComparison.Ordinal))
            {
                Problem($"{url}: the payloads never reached it");
            }
            if (escaped && body.Contains("<script", StringComparison.OrdinalIgnoreCase))
            {
                Problem($"{url}: markup written unescaped");
            }
            if (escaped)
            {
                await VisitAsync(page, url, "editor");
            }
        }
    }

    private List<string> PagesToVisit(Records r) =>
        [
            "/",
            "/reviews",
            $"/reviews/{r.ReviewSlug}",
            $"/reviews/{r.ReviewSlug}/print",
            $"/topics/{r.TopicSlug}",
            "/studies",
            $"/studies?topic={r.TopicSlug}",
            $"/studies?outcome={r.OutcomeSlug}",
            $"/studies/{r.StudySlug}",
            "/map",
            "/about/ratings",
            "/search?q=alert",
            "/search?q=script+onerror",
            "/search?q=xss",
            $"/search?q={Uri.EscapeDataString(XssPayloads.All[5] + XssPayloads.All[0])}",
            $"/studies/{Uri.EscapeDataString(XssPayloads.All[1])}",
            $"/studies?topic={Uri.EscapeDataString(XssPayloads.All[0])}",
            $"/no-such-page/{Uri.EscapeDataString(XssPayloads.All[2])}",
            "/edit",
            "/edit/studies",
            "/edit/topics",
            "/edit/reviews",
            "/edit/interventions",
            "/edit/outcomes",
            "/edit/audit",
            $"/edit/studies/{r.StudyId}",
            $"/edit/studies/{r.StudyId}/preview",
            $"/edit/topics/{r.TopicId}",
            $"/edit/topics/{r.TopicId}/preview",
            $"/edit/reviews/{r.ReviewId}",
            $"/edit/reviews/{r.ReviewId}/preview",
            $"/edit/interventions/{r.InterventionId}",
            $"/edit/outcomes/{r.OutcomeId}",
            $"/edit/history/study/{r.StudyId}",
            $"/edit/history/topic/{r.TopicId}",
            $"/edit/history/review/{r.ReviewId}",
            $"/edit/history/intervention/{r.InterventionId}",
            $"/edit/history/outcome/{r.OutcomeId}",
            "/account",
        ];

    private sealed record Records(
        int StudyId,
        string StudySlug,
        int TopicId,
        string TopicSlug,
        int ReviewId,
        string ReviewSlug,
        int InterventionId,
        int OutcomeId,
        string OutcomeSlug
    );

    /// <summary>A study with a finding, and that finding's intervention, outcome, topic and review: payloads in each
    /// meet on the pages.</summary>
    private async Task<Records> RecordsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvidencePortal.Web.Data.PortalDbContext>();
        var finding = await db.Findings.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new
            {
                f.StudyId,
                StudySlug = f.Study!.Slug,
                f.InterventionId,
                f.OutcomeId,
                OutcomeSlug = f.Outcome!.Slug,
                f.Intervention!.TopicId,
                TopicSlug = f.Intervention.Topic!.Slug,
                f.Intervention.Topic.ReviewId,
                ReviewSlug = f.Intervention.Topic.Review!.Slug,
            })
            .FirstAsync();
        return new Records(
            finding.StudyId,
            finding.StudySlug,
            finding.TopicId,
            finding.TopicSlug,
            finding.ReviewId,
            finding.ReviewSlug,
            finding.InterventionId,
            finding.OutcomeId,
            finding.OutcomeSlug
        );
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
        await context.AddInitScriptAsync(Probes);
        return context;
    }

    /// <summary>A page whose dialogs (alert, confirm, prompt) are recorded as problems and dismissed.</summary>
    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            Problem($"a {dialog.Type} dialog saying '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        return page;
    }
}
