using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Styles;

/// <summary>
/// A cached public page carries only the style rules its own markup can match (Web/StyleRules.cs). Leaving out a
/// rule that did apply would change what someone sees, so each page is compared in Chromium with the same page
/// linking the two whole stylesheets (as it is rendered when the output cache is bypassed): every element's and
/// pseudo-element's computed style must be the same, on a desktop and a phone screen and in print.
/// </summary>
[Collection(BrowserCollection.Name)]
public class InlineStyleSubsetTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages =>
    [
        "/",
        "/topics/befriending",
        "/studies/priebe-2019-volume-befriending-rct",
        "/studies?design=rct&from=2010",
        "/search?q=befriending",
        "/map",
        "/reviews/social-networks/print",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task CachedPage_WithItsOwnRulesOnly_IsStyledExactlyAsWithTheWholeStylesheets(string url)
    {
        var differences = new List<string>();
        foreach (var (width, media) in new[] { (1280, Media.Screen), (375, Media.Screen), (1280, Media.Print) })
        {
            var own = await OpenAsync(url, width, media, linked: false);
            var whole = await OpenAsync(url, width, media, linked: true);
            var ownStyles = await own.EvaluateAsync<string[]>(ComputedStylesScript);
            var wholeStyles = await whole.EvaluateAsync<string[]>(ComputedStylesScript);
            Assert.Equal(wholeStyles.Length, ownStyles.Length);
            foreach (var i in Enumerable.Range(0, ownStyles.Length).Where(i => ownStyles[i] != wholeStyles[i]).Take(3))
            {
                differences.Add($"[{width}px {media}] " + Difference(await LineAsync(own, i), await LineAsync(whole, i)));
            }
            await own.Context.CloseAsync();
            await whole.Context.CloseAsync();
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>The comparison itself notices a rule that is missing, so a pass means something.</summary>
    [Fact]
    public async Task Comparison_NoticesARuleLeftOut()
    {
        var page = await OpenAsync("/topics/befriending", 1280, Media.Screen, linked: false);
        var before = await page.EvaluateAsync<string[]>(ComputedStylesScript);
        await page.EvaluateAsync("""
            () => {
              const sheet = document.styleSheets[0];
              const i = [...sheet.cssRules].findIndex(r => r.selectorText === '.nhsuk-breadcrumb');
              if (i < 0) throw new Error('no .nhsuk-breadcrumb rule in the page');
              sheet.deleteRule(i);
            }
            """);
        var after = await page.EvaluateAsync<string[]>(ComputedStylesScript);
        Assert.Contains(before.Zip(after), p => p.First != p.Second && p.First.StartsWith("nav.nhsuk-breadcrumb", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string url, int width, Media media, bool linked)
    {
        var (page, failures) = await browser.NewPageAsync(width);
        if (linked)
        {
            // The output cache never keeps an answer to a request with an Authorization header, and so the page
            // is rendered for this request alone, linking the whole stylesheets.
            await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Authorization"] = "Test no-cache" });
        }
        await page.EmulateMediaAsync(new() { Media = media });
        await page.GotoAsync(url);
        var sheets = await page.EvaluateAsync<string[]>("() => [...document.styleSheets].map(s => s.href ? 'linked' : 'inline')");
        Assert.Equal(linked ? ["linked", "linked"] : ["inline"], sheets);
        Assert.Empty(failures);
        return page;
    }

    private static Task<string> LineAsync(IPage page, int index) => page.EvaluateAsync<string>("i => window.portalComputedStyles[i]", index);

    /// <summary>"element: property: value with the page's own rules / with the whole stylesheets", for each property that differs.</summary>
    private static string Difference(string own, string whole)
    {
        static (string Element, Dictionary<string, string> Values) Read(string line)
        {
            var parts = line.Split('\u001f');
            return (parts[0], parts[1..].Select(v => v.Split(':', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""));
        }
        var (element, ownValues) = Read(own);
        var (_, wholeValues) = Read(whole);
        var properties = ownValues.Keys.Union(wholeValues.Keys).Where(k => ownValues.GetValueOrDefault(k) != wholeValues.GetValueOrDefault(k));
        return element + ": " + string.Join("; ", properties.Select(k =>
            $"{k}: {ownValues.GetValueOrDefault(k) ?? "(none)"} with its own rules, {wholeValues.GetValueOrDefault(k) ?? "(none)"} with the whole stylesheets"));
    }

    // One line per element and pseudo-element of the page (not the head, where <style> and <link> differ): where
    // it is, then every computed property and value, sorted (Chromium lists custom properties in no fixed order).
    // The lines stay in the page (a few MB); what comes back is each line's description and a hash of it.
    private const string ComputedStylesScript = """
        () => {
          const hash = text => {
            let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
            for (let i = 0; i < text.length; i++) {
              const c = text.charCodeAt(i);
              h1 = Math.imul(h1 ^ c, 2654435761);
              h2 = Math.imul(h2 ^ c, 1597334677);
            }
            return (h1 >>> 0).toString(16) + (h2 >>> 0).toString(16);
          };
          const lines = [];
          const describe = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          let n = 0;
          for (const el of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
            n++;
            for (const pseudo of [null, '::before', '::after', '::marker']) {
              const cs = getComputedStyle(el, pseudo);
              if (pseudo && (cs.content === 'none' || cs.content === 'normal') && pseudo !== '::marker') continue;
              const values = [];
              for (let i = 0; i < cs.length; i++) values.push(cs[i] + ':' + cs.getPropertyValue(cs[i]));
              lines.push([describe(el) + (pseudo || '') + ' #' + n, ...values.sort()].join('\u001f'));
            }
          }
          window.portalComputedStyles = lines;
          return lines.map(line => line.slice(0, line.indexOf('\u001f')) + ' ' + hash(line));
        }
        """;
}
