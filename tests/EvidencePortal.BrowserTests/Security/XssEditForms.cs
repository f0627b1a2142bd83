using EvidencePortal.Tests;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Security;

/// <summary>
/// A record's edit form with the payloads (<see cref="XssPayloads"/>) in every text field: first the shaped fields
/// too, which must come back with messages, then free text only, saved, previewed and published. What went into each
/// free-text field is kept, to look for it as text on the pages.
/// </summary>
public sealed class XssEditForms(XssWatch watch)
{
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

    /// <summary>What was typed into each free-text field ("study-Title" and so on), to find it again as text on the
    /// pages.</summary>
    private readonly Dictionary<string, string> typed = [];
    /// <summary>
    /// The edit form with the payloads in its shaped fields too (it must come back with messages, values kept), then
    /// with payloads in every free-text field only: saved, the Markdown preview shown, the draft previewed, published.
    /// </summary>
    public async Task FillSavePreviewAndPublishAsync(
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
        await watch.CheckPageAsync(page, $"{editUrl} refused", "editor");

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
            await watch.CheckPageAsync(page, $"{editUrl} Markdown preview", "editor");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var saved = page.Locator(".portal-notice");
        await Assertions.Expect(saved.Or(page.Locator(".nhsuk-error-summary")).First).ToBeVisibleAsync();
        Assert.True(
            await saved.CountAsync() == 1,
            $"{editUrl} was not saved: "
                + $"{string.Join(" / ", await page.Locator(".nhsuk-error-summary").AllInnerTextsAsync())}"
        );
        await watch.CheckPageAsync(page, $"{editUrl} saved", "editor");
        foreach (var (name, value) in freeText)
        {
            Assert.Equal(value, await page.Locator($"[name='{name}']").InputValueAsync());
        }

        // The draft as the public will see it (studies, topics and reviews have a preview), published from there.
        var preview = page.Locator(".portal-record-status a[href$='/preview']");
        if (await preview.CountAsync() == 1)
        {
            await preview.ClickAsync();
            await watch.CheckPageAsync(page, $"{editUrl} draft preview", "editor");
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

    public string Typed(string key) =>
        typed.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException(
                $"No field {key} was filled; the forms have {string.Join(", ", typed.Keys)}"
            );
    private static string Short(string name) => name[(name.LastIndexOf('.') + 1)..];

    private static int Limit(string name)
    {
        var field = Short(name);
        return field.EndsWith("Markdown", StringComparison.Ordinal) ? 20_000 : Limits.GetValueOrDefault(field, 200);
    }
}
