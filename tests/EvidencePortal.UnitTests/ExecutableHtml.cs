using AngleSharp.Html.Parser;

namespace EvidencePortal.UnitTests;

/// <summary>What in a piece of HTML could run script or change where the page loads from, as a list of
/// findings.</summary>
public static class ExecutableHtml
{
    private static readonly HashSet<string> DangerousElements =
    [
        "SCRIPT",
        "IFRAME",
        "FRAME",
        "FRAMESET",
        "OBJECT",
        "EMBED",
        "APPLET",
        "BASE",
        "META",
        "LINK",
        "STYLE",
        "SVG",
        "MATH",
        "FORM",
        "INPUT",
        "BUTTON",
        "TEXTAREA",
        "SELECT",
        "NOSCRIPT",
        "TEMPLATE",
        "XMP",
        "NOEMBED",
        "NOFRAMES",
        "PLAINTEXT",
    ];

    private static readonly HashSet<string> UrlAttributes =
    [
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "data",
        "background",
        "poster",
        "cite",
        "srcset",
    ];

    public static List<string> Find(string html)
    {
        var findings = new List<string>();
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head></head><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (DangerousElements.Contains(element.TagName.ToUpperInvariant()))
            {
                findings.Add($"<{element.TagName.ToLowerInvariant()}>");
            }
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (
                    name.StartsWith("on", StringComparison.Ordinal)
                    || name is "style" or "srcdoc" or "formaction" or "autofocus"
                )
                {
                    findings.Add($"{element.TagName.ToLowerInvariant()} {name}=\"{attribute.Value}\"");
                }
                if (UrlAttributes.Contains(name) && !IsSafeUrl(attribute.Value))
                {
                    findings.Add($"{element.TagName.ToLowerInvariant()} {name}=\"{attribute.Value}\"");
                }
            }
        }
        return findings;
    }

    /// <summary>Relative addresses, fragments, and http, https or mailto: what browsers read after removing whitespace
    /// and controls.</summary>
    private static bool IsSafeUrl(string value)
    {
        var compact = new string(
            value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()
        ).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }
        return compact[..colon] is "http" or "https" or "mailto";
    }
}
