using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EvidencePortal.Tests;
using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// axe-core in the page. WCAG 2.0, 2.1 and 2.2 A and AA rules fail a test; axe's best-practice rules run in
/// the same pass and are reported (test output and artifacts/accessibility/best-practice.txt) without failing,
/// because some of them are advice rather than conformance. Results axe could not decide ("incomplete", such as
/// contrast over a gradient) are written to artifacts/accessibility/needs-review.txt for a person to look at.
/// </summary>
public static class AxeCheck
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public sealed record Report(
        IReadOnlyList<string> Violations,
        IReadOnlyList<string> Advice,
        IReadOnlyList<string> NeedsReview
    );

    public static async Task<Report> RunAsync(IPage page, string label)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags, "best-practice"] },
            ResultTypes = [ResultType.Violations, ResultType.Incomplete],
        });
        var violations = new List<string>();
        var advice = new List<string>();
        foreach (var rule in results.Violations)
        {
            var text = Describe(label, rule);
            (rule.Tags.Any(WcagTags.Contains) ? violations : advice).Add(text);
        }
        var review = results.Incomplete.Select(rule => Describe(label, rule)).ToList();
        Append("best-practice.txt", advice);
        Append("needs-review.txt", review);
        return new Report(violations, advice, review);
    }

    private static void Append(string file, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }
        lock (typeof(AxeCheck))
        {
            var folder = Path.Combine(RepoPaths.Artifacts, "accessibility");
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, file), lines);
        }
    }

    private static string Describe(string label, AxeResultItem rule) =>
        $"[{label}] {rule.Id} ({rule.Impact}): {rule.Help} <{rule.HelpUrl}>\n"
        + string.Join("\n", rule.Nodes.Take(8).Select(n => $"    at {n.Target}: {Trim(n.Html)}{Why(n)}"))
        + (rule.Nodes.Length > 8 ? $"\n    ... and {rule.Nodes.Length - 8} more" : "");

    /// <summary>axe's own words on what is wrong (or why it could not decide), e.g. the contrast it measured.</summary>
    private static string Why(AxeResultNode node) =>
        node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m))
            is { } m
            ? "\n      " + m
            : "";

    private static string Trim(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
