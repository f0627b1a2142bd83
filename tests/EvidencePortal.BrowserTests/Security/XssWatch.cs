using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Security;

/// <summary>
/// What the payloads must never do, looked for on every page <see cref="XssPayloadTests"/> opens and gathered as
/// sentences: a dialog, window.__xss, an event attribute or script:/data: address in the DOM, a script from elsewhere,
/// a CSP violation; and for the text formats, being served as HTML, sniffed, or with markup unescaped.
/// </summary>
public sealed class XssWatch
{
    /// <summary>Run in every page before its own scripts: CSP violations are kept in window.__csp.</summary>
    public const string Probes = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    private const string DomCheck = """
        () => {
          const bad = [];
          // Chromium shows JSON, XML and text in a <pre style> of its own making: only our HTML is held to "no style".
          const html = document.contentType === 'text/html';
          const unsafeUrl = v => /^(javascript|data|vbscript):/.test(v.replace(/[\s\x00-\x1f]/g, '').toLowerCase());
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              const n = a.name.toLowerCase();
              if (n.startsWith('on') || (html && n === 'style') || n === 'srcdoc')
                bad.push(el.tagName + ' ' + n + '=' + a.value);
              if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background'].includes(n)
                  && unsafeUrl(a.value))
                bad.push(el.tagName + ' ' + n + '=' + a.value);
            }
          }
          for (const s of document.querySelectorAll('script')) {
            if (!s.src || new URL(s.src).origin !== location.origin)
              bad.push('script ' + (s.src || s.textContent.slice(0, 60)));
          }
          for (const el of document.querySelectorAll('iframe, frame, object, embed, base, style, '
              + 'meta[http-equiv], details[open][ontoggle]')) {
            bad.push(el.outerHTML.slice(0, 80));
          }
          return bad;
        }
        """;

    private readonly List<string> problems = [];

    /// <summary>Everything found so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    private void Problem(string text)
    {
        lock (problems)
        {
            problems.Add(text);
        }
    }

    /// <summary>A page whose dialogs (alert, confirm, prompt) are recorded as problems and dismissed.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            Problem($"a {dialog.Type} dialog saying '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        return page;
    }

    public async Task VisitAsync(IPage page, string url, string who)
    {
        var response = await page.GotoAsync(url);
        if (response is null || response.Status >= 500)
        {
            Problem($"{who}: {url} answered {response?.Status}");
        }
        await CheckPageAsync(page, url, who);
    }

    public async Task CheckPageAsync(IPage page, string where, string who)
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

    /// <summary>
    /// Each value reaches the page whole, as text: encoded, not stripped or mangled. (A value shown in several places,
    /// such as a title also in the page's title, passes on any one; markup turned into elements is caught by the DOM
    /// checks.)
    /// </summary>
    public async Task ShownAsTextAsync(IPage page, string url, params string[] texts)
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

    /// <summary>CSV, RIS, BibTeX, JSON and Atom: never served as HTML, never sniffed; JSON and Atom escape markup, and
    /// open harmlessly.</summary>
    public async Task CheckTextFormatsAsync(IPage page, XssRecords records)
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
}
