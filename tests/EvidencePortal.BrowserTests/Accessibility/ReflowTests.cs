namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// WCAG 1.4.10 Reflow and 1.4.4 Resize text: the main public pages at 200% zoom on a 1280 px screen (a 640 CSS px
/// window at device scale 2, which is what the browser lays out when zoomed) and on a 320 px screen. Nothing makes
/// the page scroll sideways or is cut off at the window's edge, except a data table in its own scroll region that a
/// keyboard can reach; no control's text is cut off.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReflowTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages =>
    [
        "/",
        "/topics/befriending",
        "/studies/priebe-2019-volume-befriending-rct",
        "/studies",
        "/search?q=befriending",
        "/map",
        "/reviews/social-networks",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PublicPage_Reflows_At200PercentZoomAnd320Px_WithoutSidewaysScrollingOrClippedText(string url)
    {
        var problems = new List<string>();
        foreach (var (width, scale, label) in new[] { (640, 2f, "200% zoom"), (320, 1f, "320px") })
        {
            var (page, failures) = await browser.NewPageAsync(width, 800, scale: scale);
            await page.GotoAsync(url);
            var found = await page.EvaluateAsync<string[]>(ReflowScript);
            problems.AddRange(found.Concat(failures).Select(p => $"[{url} at {label}] {p}"));
            await BrowserFixture.ScreenshotAsync(
                page,
                $"reflow-{(url == "/" ? "home" : url.Trim('/').Replace('/', '-').Replace('?', '-'))}-{width}"
            );
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The check itself fails on a page made too wide or a button made too narrow, so a pass means
    /// something.</summary>
    [Fact]
    public async Task ReflowCheck_ReportsAnElementWiderThanTheWindow_AndAButtonThatCutsOffItsText()
    {
        var (page, _) = await browser.NewPageAsync(320, 800);
        await page.GotoAsync("/studies");
        // CSSOM, not a <style> element: the portal's CSP refuses inline styles.
        await page.EvaluateAsync("""
            () => {
              const sheet = document.styleSheets[document.styleSheets.length - 1];
              sheet.insertRule('main h1 { min-width: 500px }');
              sheet.insertRule('main .nhsuk-button { width: 60px; white-space: nowrap; overflow: hidden }');
            }
            """);
        var found = await page.EvaluateAsync<string[]>(ReflowScript);
        Assert.Contains(found, p => p.Contains("scrolls sideways", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains("<h1", StringComparison.Ordinal));
        Assert.Contains(found, p =>
            p.Contains("\"Apply filters\": the text runs outside the button", StringComparison.Ordinal)
        );
        await page.Context.CloseAsync();
    }

    private const string ReflowScript = """
        () => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          const describe = el => `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}`
            + `${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}>`
            + ` "${(el.innerText || el.value || el.placeholder || '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
          const scrollsSideways = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
          const hiddenOnPurpose = el => {
            const cs = getComputedStyle(el);
            return cs.visibility === 'hidden' || cs.clipPath === 'inset(50%)' || cs.clip === 'rect(0px, 0px, 0px, 0px)';
          };

          const overflow = document.documentElement.scrollWidth - width;
          if (overflow > 0)
            problems.push(`the page scrolls sideways: it is ${overflow}px wider than the ${width}px window`);

          // Anything reaching past either edge (visible, or cut off by an ancestor's overflow: hidden), outside a
          // scroll region.
          const outermost = new Set();
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= width) continue;
            if (r.right <= width + 1 && r.left >= -1) continue;
            if ([...outermost].some(o => o.contains(el))) continue;
            let a = el, ignore = false;
            for (; a && a !== document.body; a = a.parentElement) {
              if (hiddenOnPurpose(a) || (a !== el && scrollsSideways(a))) { ignore = true; break; }
            }
            if (ignore) continue;
            outermost.add(el);
            problems.push(`${describe(el)} runs from ${Math.round(r.left)}px to ${Math.round(r.right)}px,`
              + ` past the ${width}px window`);
          }

          // A region that scrolls sideways is allowed for a data table only, and a keyboard user must be able to scroll
          // it.
          for (const el of document.body.querySelectorAll('*')) {
            if (!scrollsSideways(el) || el.scrollWidth <= el.clientWidth) continue;
            if (!el.querySelector('table')) problems.push(`${describe(el)} scrolls sideways but holds no data table`);
            else if (el.tabIndex < 0 || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
              problems.push(`${describe(el)} scrolls sideways but cannot be reached by Tab or has no name`);
          }

          // Text cut off inside controls: buttons, button-like links, the chosen option of a list, an empty field's
          // placeholder.
          const ctx = document.createElement('canvas').getContext('2d');
          const textWidth = (el, text) => { ctx.font = getComputedStyle(el).font; return ctx.measureText(text).width; };
          const room = el => {
            const cs = getComputedStyle(el);
            return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          };
          for (const el of document.querySelectorAll(
            'main button, main .nhsuk-button, header button, main select, header input, main input')) {
            if (el.getClientRects().length === 0 || hiddenOnPurpose(el)) continue;
            if (el.tagName === 'SELECT') {
              const text = el.selectedOptions[0]?.text ?? '';
              if (textWidth(el, text) > room(el) + 1)
                problems.push(`${describe(el)}: the chosen option "${text}" is cut off`);
            } else if (el.tagName === 'INPUT') {
              if (el.type === 'checkbox' || el.type === 'radio' || el.type === 'hidden'
                  || el.value || !el.placeholder) continue;
              if (textWidth(el, el.placeholder) > room(el) + 1)
                problems.push(`${describe(el)}: the placeholder is cut off`);
            } else {
              // Where the button's text actually is (its scroll size counts NHS.UK's larger click area, a
              // pseudo-element).
              const r = el.getBoundingClientRect(), range = document.createRange();
              range.selectNodeContents(el);
              const out = [...range.getClientRects()].find(t => t.width > 1
                && (t.left < r.left - 1 || t.right > r.right + 1 || t.top < r.top - 1 || t.bottom > r.bottom + 1));
              if (out)
                problems.push(`${describe(el)}: the text runs outside the button`
                  + ` (${Math.round(out.left)}-${Math.round(out.right)}px`
                  + ` in ${Math.round(r.left)}-${Math.round(r.right)}px)`);
            }
          }
          return problems;
        }
        """;
}
