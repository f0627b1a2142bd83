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

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var html = Markdown.ToHtml(markdown, Pipeline);
        return sanitizer.Sanitize(html).Trim();
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
