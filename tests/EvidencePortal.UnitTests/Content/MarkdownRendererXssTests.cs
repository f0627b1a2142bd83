using EvidencePortal.Tests;
using EvidencePortal.Web.Content;

namespace EvidencePortal.UnitTests.Content;

/// <summary>
/// The payload list the browser tests put through every field, through the one Markdown pipeline
/// (Markdig with raw HTML off, then HtmlSanitizer), in the Markdown places an editor could hide it.
/// </summary>
public class MarkdownRendererXssTests
{
    private readonly MarkdownRenderer renderer = new();

    public static TheoryData<string> Payloads => [.. XssPayloads.All];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ToHtml_OfAPayload_AnywhereInMarkdown_HasNothingThatCanRun(string payload)
    {
        var placements = new[]
        {
            payload,
            $"Text {payload} text",
            $"## {payload}",
            $"- {payload}\n- [link]({payload})",
            $"[{payload}](https://example.org)",
            $"| a | b |\n|---|---|\n| {payload} | x |",
            $"> {payload}",
            $"Note[^1]\n\n[^1]: {payload}",
            $"**{payload}** _{payload}_",
            $"    {payload}",
            $"```\n{payload}\n```",
            $"<{payload}>",
            $"[x]({payload.Replace(" ", "", StringComparison.Ordinal)})",
        };
        foreach (var markdown in placements)
        {
            var html = renderer.ToHtml(markdown, "test");

            Assert.True(
                ExecutableHtml.Find(html).Count == 0,
                $"{markdown}\n=> {html}\n{string.Join("\n", ExecutableHtml.Find(html))}"
            );
        }
    }

    [Fact]
    public void ToHtml_OfEveryPayloadTogether_HasNothingThatCanRun_AndShowsThemAsText()
    {
        var html = renderer.ToHtml(string.Join("\n\n", XssPayloads.All), "test");

        Assert.Empty(ExecutableHtml.Find(html));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void ExecutableHtml_FindsWhatItLooksFor()
    {
        // The checker itself must not be blind: unsanitised payloads are all caught.
        Assert.NotEmpty(ExecutableHtml.Find("<img src=x onerror=alert(2)>"));
        Assert.NotEmpty(ExecutableHtml.Find("<a href=\"jav&#x09;ascript:alert(18)\">x</a>"));
        Assert.NotEmpty(ExecutableHtml.Find("<svg onload=alert(3)>"));
        Assert.Empty(ExecutableHtml.Find("<a href=\"/studies/x#y\">x</a> <a href=\"https://example.org\">y</a>"));
    }
}
