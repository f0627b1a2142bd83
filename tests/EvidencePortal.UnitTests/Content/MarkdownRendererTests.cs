using EvidencePortal.Web.Content;

namespace EvidencePortal.UnitTests.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("# Heading {onclick=alert(1)}")]
    public void ToHtml_NeverEmitsAnythingThatCanRunScript(string markdown)
    {
        var html = renderer.ToHtml(markdown, "test").ToLowerInvariant();

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("vbscript:", html);
        Assert.DoesNotContain("data:text", html);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
    }

    [Fact]
    public void ToHtml_ShowsRawHtmlAsText_SoTheEditorSeesWhatTheyTyped()
    {
        var html = renderer.ToHtml("Before <b>bold</b> after", "test");

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void ToHtml_KeepsWebAndMailLinks_AndMarksExternalOnesNoopener()
    {
        var html = renderer.ToHtml(
            "[NDTi](https://www.ndti.org.uk/) and [mail](mailto:editor@example.org) and [study](/studies/x)",
            "test"
        );

        Assert.Contains("href=\"https://www.ndti.org.uk/\"", html);
        Assert.Contains("rel=\"noopener noreferrer\"", html);
        Assert.Contains("href=\"mailto:editor@example.org\"", html);
        Assert.Contains("href=\"/studies/x\"", html);
    }

    [Fact]
    public void ToHtml_RendersTablesListsAndHeadingIds()
    {
        var html = renderer.ToHtml("## Key points\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |", "test");

        Assert.Contains("<h2 id=\"md-test-key-points\">Key points</h2>", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public void ToHtml_ReturnsEmpty_ForBlankInput() => Assert.Equal("", renderer.ToHtml("   \n ", "test"));

    [Fact]
    public void ToHtml_ScopesEveryIdAndTheLinksToThem_SoNoneCanBeThePagesOwn()
    {
        var html = renderer.ToHtml(
            "## Main content\n\nSee [below](#session-dialog).[^1]\n\n## Session dialog\n\n[^1]: A note.",
            "topic-x"
        );

        Assert.Contains("<h2 id=\"md-topic-x-main-content\">", html);
        Assert.Contains("<h2 id=\"md-topic-x-session-dialog\">", html);
        Assert.Contains("href=\"#md-topic-x-session-dialog\"", html);
        Assert.Contains("id=\"md-topic-x-fn:1\"", html);
        Assert.Contains("href=\"#md-topic-x-fn:1\"", html);
        Assert.DoesNotContain("id=\"main-content\"", html);
    }
}
