using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvidencePortal.Web.Web;

/// <summary>
/// On a page the output cache will keep, replaces the layout's <see cref="InlineStylesheet.Marker"/> with the
/// rules the finished page can use, and sets the CSP that allows exactly them. It has to see the whole document
/// first, so it sits on &lt;html&gt;; the cache then keeps the page and its header together.
/// </summary>
[HtmlTargetElement("html")]
public sealed class InlineStylesTagHelper(InlineStylesheet stylesheet, HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var http = ViewContext.HttpContext;
        if (!InlineStylesheet.InlineFor(http))
        {
            return;
        }
        var content = await output.GetChildContentAsync();
        using var writer = new StringWriter();
        content.WriteTo(writer, encoder);
        var page = writer.ToString();
        var marker = page.IndexOf(InlineStylesheet.Marker, StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException($"The layout has no {InlineStylesheet.Marker} for the page's styles.");
        }
        var style = stylesheet.For(page);
        http.Response.Headers.ContentSecurityPolicy = SecurityHeadersMiddleware.ContentSecurityPolicy(style.CspSource);
        output.Content.SetHtmlContent(string.Concat(page.AsSpan(0, marker), style.Element, page.AsSpan(marker + InlineStylesheet.Marker.Length)));
    }
}
