using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// Keyboard-only driving (Tab, Shift+Tab, Enter, Space and typing; never the mouse) with a check on every
/// step that focus is visible. After each page load <see cref="RecordAsync"/> notes every tabbable element's
/// unfocused style, so each focused style can be compared with the same element's unfocused one.
/// </summary>
public sealed class KeyboardFocus(IPage page)
{
    public IPage Page { get; } = page;
    public List<FocusStep> Steps { get; } = [];
    public List<string> Problems { get; } = [];

    /// <summary>Call after every page load, before the first key press on that page.</summary>
    public async Task<int> RecordAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        Steps.Clear();
        return await Page.EvaluateAsync<int>(InstallScript);
    }

    public async Task<FocusStep> PressAsync(string key, string predicate = "el => false")
    {
        await Page.Keyboard.PressAsync(key);
        var step = await Page.EvaluateAsync<FocusStep>($"() => window.__kb.step({predicate})");
        Check(step);
        return step;
    }

    private void Check(FocusStep step)
    {
        Steps.Add(step);
        if (step.Index >= 0 && !step.Visible)
        {
            Problems.Add(
                $"{Page.Url}: focus is not visible on {step}\n  unfocused: {step.Unfocused}\n"
                    + $"  focused:   {step.Focused}"
            );
        }
    }

    public Task<FocusStep> TabAsync() => PressAsync("Tab");

    /// <summary>Tabs (or Shift+Tabs) until the focused element matches a JS predicate over the element.</summary>
    public async Task<FocusStep> TabUntilAsync(string predicate, bool backwards = false, int max = 400)
    {
        for (var i = 0; i < max; i++)
        {
            if ((await PressAsync(backwards ? "Shift+Tab" : "Tab", predicate)).Match)
            {
                return Steps[^1];
            }
        }
        throw new Xunit.Sdk.XunitException(
            $"{Page.Url}: no element matching {predicate} after {max} presses; the last were:\n"
                + string.Join("\n", Steps.TakeLast(8))
        );
    }

    /// <summary>
    /// Tabs from the top of the page through every tabbable element and back to the start: each is reached once,
    /// in DOM order, and focus leaves the last one (no keyboard trap anywhere). Returns the steps of the cycle.
    /// </summary>
    public async Task<IReadOnlyList<FocusStep>> CycleAsync()
    {
        await Page.ReloadAsync();
        var count = await RecordAsync();
        // Each press is one round trip; the page logs where focus went (focusin) and the log is read once.
        await Page.EvaluateAsync(
            "() => document.addEventListener('focusin', () => window.__kb.log.push(window.__kb.step()))"
        );
        for (var i = 0; i < count + 3; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }
        var log = await Page.EvaluateAsync<FocusStep[]>("() => window.__kb.log");
        foreach (var step in log)
        {
            Check(step);
        }
        var cycle = log.Where(s => s.Index >= 0).ToList();
        if (cycle.Count > count && cycle[count].Index == 0)
        {
            cycle.RemoveRange(count, cycle.Count - count);
        }
        else
        {
            Problems.Add(
                $"{Page.Url}: after the last element, Tab did not leave it and come round to the top of the page again"
            );
        }
        var indexes = cycle.Select(s => s.Index).ToList();
        if (!indexes.SequenceEqual(Enumerable.Range(0, count)))
        {
            Problems.Add(
                $"{Page.Url}: Tab should visit all {count} tabbable elements in DOM order and wrap to the first; "
                    + $"it visited {indexes.Count}: {string.Join(",", indexes.Take(60))}"
                    + (indexes.Count > 60 ? "…" : "")
            );
        }
        // And backwards: from the top of a fresh page, Shift+Tab reaches the last element on the page.
        await Page.ReloadAsync();
        await RecordAsync();
        var last = await PressAsync("Shift+Tab");
        if (last.Index != count - 1)
        {
            Problems.Add(
                $"{Page.Url}: Shift+Tab from the top should reach the last tabbable element (#{count - 1}), "
                    + $"reached {last}"
            );
        }
        return cycle;
    }

    private const string InstallScript = """
        () => {
          const PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color',
            'text-decoration-line', 'border-top-color', 'border-bottom-color', 'border-bottom-width'];
          const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
          const parts = el => [el, ...(el.labels ? [...el.labels] : []),
            ...(el.parentElement ? [el.parentElement] : [])];
          const styles = el => parts(el).flatMap(p => [null, '::before', '::after'].map(pseudo => {
            const cs = getComputedStyle(p, pseudo);
            return Object.fromEntries(PROPS.map(n => [n, cs.getPropertyValue(n)]));
          }));
          const indicator = s => s['box-shadow'] !== 'none'
            || (s['outline-style'] !== 'none' && parseFloat(s['outline-width']) > 0
              && !transparent(s['outline-color']));
          const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
            && !el.closest('[inert]');
          const candidates = [...document.querySelectorAll(
              'a[href], button, input, select, textarea, summary, [tabindex]')]
            .filter(el => el.tabIndex >= 0 && !el.disabled && el.type !== 'hidden' && shown(el));
          // Only one radio of a group is in the Tab order: the checked one, else the first.
          const tabbable = candidates.filter(el => {
            if (el.type !== 'radio' || !el.name) return true;
            const group = candidates.filter(r => r.type === 'radio' && r.name === el.name && r.form === el.form);
            return el === (group.find(r => r.checked) || group[0]);
          });
          const unfocused = new Map(tabbable.map(el => [el, styles(el)]));
          const region = el => el.closest('.nhsuk-skip-link') ? 'skip'
            : el.closest('.portal-account-status') ? 'account'
            : el.closest('header, [role=banner]') ? 'banner'
            : el.closest('.nhsuk-breadcrumb') ? 'breadcrumb'
            : el.closest('main') ? 'main'
            : el.closest('footer, [role=contentinfo]') ? 'contentinfo' : 'none';
          const brief = list => list
            .map((s, i) => PROPS.filter(n => n !== 'color').map(n => s[n]).join(' '))
            .filter(x => x).join(' / ');
          // Roughly the accessible name: a field's label, a button's aria-label, else the text.
          const name = el => ((el.labels && el.labels.length ? el.labels[0].innerText : '')
            || el.getAttribute('aria-label') || el.innerText || '').replace(/\s+/g, ' ').trim();
          window.__kb = {
            log: [],
            step(predicate) {
              const el = document.activeElement;
              const index = tabbable.indexOf(el);
              const r = el.getBoundingClientRect();
              const before = unfocused.get(el) || [];
              const after = index >= 0 ? styles(el) : [];
              const changed = (a, b) =>
                ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color']
                  .some(n => a[n] !== b[n]);
              const visible = after.some((s, i) => indicator(s) && before[i] && changed(s, before[i]));
              const changedParts = after.map((s, i) => before[i] && changed(s, before[i]) ? i : -1).filter(i => i >= 0);
              return {
                index, tag: el.tagName.toLowerCase(), text: name(el),
                href: el.getAttribute('href') || '', id: el.id || '', type: el.type || '', region: region(el), visible,
                unfocused: brief(changedParts.length ? changedParts.map(i => before[i]) : before.slice(0, 1)),
                focused: brief(changedParts.length ? changedParts.map(i => after[i]) : after.slice(0, 1)),
                match: !!predicate && !!predicate(el),
                top: r.top + scrollY, left: r.left + scrollX, bottom: r.bottom + scrollY, right: r.right + scrollX,
              };
            },
          };
          return tabbable.length;
        }
        """;
}
