using AngleSharp;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace EvidencePortal.Web.Content;

/// <summary>
/// The one Markdown pipeline. It runs when content is imported or saved, never on a public request;
/// the HTML it returns is what the store keeps and the pages print.
/// Raw HTML is escaped by Markdig, and the sanitizer then removes anything that could still run
/// script (javascript:/data:/vbscript: links, event attributes, style), keeping http, https and mailto links.
/// </summary>
public sealed class MarkdownRenderer
{
    // Extensions are named one by one: UseAdvancedExtensions() would bring generic attributes ({onclick=...}).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    /// <summary>
    /// The HTML of <paramref name="markdown"/>, every id in it (headings, footnotes) and every link to one prefixed
    /// with "md-" and <paramref name="scope"/> (which record and field it is): the page's own ids (main-content,
    /// session-dialog ...) never start so, and two records' Markdown shown on one page never share an id.
    /// </summary>
    public string ToHtml(string? markdown, string scope)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var prefix = IdPrefix(scope);
        using var document = sanitizer.SanitizeDom(Markdown.ToHtml(markdown, Pipeline));
        foreach (var element in document.Body!.QuerySelectorAll("[id]"))
        {
            element.Id = prefix + element.Id;
        }
        foreach (var link in document.Body.QuerySelectorAll("a[href^='#']"))
        {
            link.SetAttribute("href", "#" + prefix + link.GetAttribute("href")![1..]);
        }
        return document.Body.ChildNodes.ToHtml(sanitizer.OutputFormatter).Trim();
    }

    /// <summary>"md-topic-befriending-": the scope in lower-case letters, digits and hyphens.</summary>
    public static string IdPrefix(string scope)
    {
        var safe = new string(scope.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return $"md-{safe}-";
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedAttributes.Add("id");
        // Links written in Markdown leave the portal: never hand them this page's window.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
