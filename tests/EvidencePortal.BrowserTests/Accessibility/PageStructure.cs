using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// Structural checks that axe leaves to judgement or to best practice: one h1 and no skipped heading
/// levels, the page's landmarks, a name for every field, unique ids, error summary links that land on a
/// field, tables with a caption and scoped header cells, and colour-coded marks that also carry words.
/// Returns the problems found, as sentences; none means the page passes.
/// </summary>
public static class PageStructure
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script);

    private const string Script = """
        () => {
          const problems = [];
          const text = el => (el.textContent || '').replace(/\s+/g, ' ').trim();
          const shown = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
            || el.closest('.nhsuk-u-visually-hidden, .nhsuk-table__heading') !== null;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (el.className && typeof el.className === 'string'
              ? '.' + el.className.trim().split(/\s+/).join('.')
              : '');

          // Headings: exactly one h1; before it only error summary titles; never deeper by more than one level.
          const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
            .filter(h => !h.closest('[hidden], [aria-hidden=true]') && getComputedStyle(h).display !== 'none');
          const level = h => h.getAttribute('aria-level') ? +h.getAttribute('aria-level') : +h.tagName[1];
          const h1s = headings.filter(h => level(h) === 1);
          if (h1s.length !== 1) problems.push(`${h1s.length} h1 headings (want exactly one)`);
          let previous = 0;
          for (const h of headings) {
            const l = level(h);
            if (previous === 0 && l !== 1 && !h.closest('.nhsuk-error-summary'))
              problems.push(`heading "${text(h)}" (h${l}) comes before the h1`);
            if (previous > 0 && l > previous + 1)
              problems.push(`heading "${text(h)}" skips from h${previous} to h${l}`);
            if (!text(h)) problems.push(`an empty h${l}`);
            if (l === 1 || previous > 0) previous = l;
          }

          // Landmarks.
          const count = selector => document.querySelectorAll(selector).length;
          if (count('header.nhsuk-header, [role=banner]') !== 1)
            problems.push('want exactly one banner (the NHS header)');
          if (count('main, [role=main]') !== 1) problems.push('want exactly one main');
          if (count('footer.nhsuk-footer, [role=contentinfo]') !== 1)
            problems.push('want exactly one contentinfo (footer)');
          if (count('nav[aria-label], [role=navigation][aria-label]') < 1)
            problems.push('want a labelled navigation landmark');
          if (count('search, [role=search]') < 1) problems.push('want a search landmark');
          const main = document.querySelector('main');
          if (main && main.id !== 'maincontent') problems.push('the skip link target is not the main landmark');
          const navs = [...document.querySelectorAll('nav, [role=navigation]')]
            .map(n => n.getAttribute('aria-label') || '');
          if (new Set(navs).size !== navs.length)
            problems.push(`navigation landmarks share a name: ${navs.join(' | ')}`);

          // Unique ids (axe 4.x no longer checks plain duplicate ids).
          const seen = new Map();
          for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
          for (const [id, n] of seen) if (n > 1) problems.push(`id "${id}" is used ${n} times`);

          // Every field has a name a screen reader reads out.
          for (const field of document.querySelectorAll(
            'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')) {
            const labelled = (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`))
              || field.closest('label') || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
            if (!labelled) problems.push(`field ${describe(field)} has no label`);
          }
          for (const group of document.querySelectorAll('fieldset')) {
            const legend = group.querySelector(':scope > legend');
            if (!legend || !text(legend)) problems.push(`fieldset ${describe(group)} has no legend`);
          }

          // Error summaries: each link lands on a field or its group.
          for (const link of document.querySelectorAll('.nhsuk-error-summary a')) {
            const href = link.getAttribute('href') || '';
            if (!href.startsWith('#')) {
              problems.push(`error summary link "${text(link)}" does not point into the page`);
              continue;
            }
            const target = document.getElementById(decodeURIComponent(href.slice(1)));
            const isField = target
              && (target.matches('input, select, textarea, button, fieldset, [role=group], [role=radiogroup]'));
            if (!isField)
              problems.push(`error summary link "${text(link)}" points at `
                + `${target ? describe(target) : 'nothing'} (${href})`);
          }

          // Tables: a caption (or a name), header cells, and every header cell scoped.
          for (const table of document.querySelectorAll('table')) {
            const caption = table.querySelector(':scope > caption');
            if (!(caption && text(caption))
                && !table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby'))
              problems.push(`table ${describe(table)} has no caption`);
            const headers = table.querySelectorAll('th');
            if (headers.length === 0) problems.push(`table ${describe(table)} has no header cells`);
            for (const th of headers)
              if (!['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope') || ''))
                problems.push(`header cell "${text(th)}" in ${describe(table)} has no scope`);
          }

          // Colour is never the only carrier: tags and coloured map cells say what they mean in words.
          for (const el of document.querySelectorAll('.nhsuk-tag, [class*="portal-map__cell--"]'))
            if (!text(el)) problems.push(`${describe(el)} has colour but no words`);

          // Links say where they go.
          for (const a of document.querySelectorAll('a[href]')) {
            const name = (a.getAttribute('aria-label') || text(a)).toLowerCase();
            if (['click here', 'here', 'more', 'read more', 'link'].includes(name))
              problems.push(`link text "${name}" says nothing on its own`);
          }
          return problems;
        }
        """;
}
