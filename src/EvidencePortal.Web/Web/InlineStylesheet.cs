using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace EvidencePortal.Web.Web;

/// <summary>
/// The portal's styles (the trimmed NHS.UK frontend, then portal.css), sent inside the head of every public page
/// the output cache keeps, instead of linked. On a slow phone connection a linked stylesheet costs a second round
/// trip before anything is drawn: on Lighthouse's throttled mobile profile the topic page's LCP was 1.7–1.8 s
/// linked and 0.9–1.1 s inline (bench/lcp.sh). The cost is ~15 KB (compressed) on every page instead of once,
/// which a cached page pays in bytes only. A page rendered for one request (an editor's, or a public page the
/// cache will not keep) links the two files instead: compressing the styles again on every such request halved
/// the uncached study page's throughput, and editors' browsers keep the files between pages.
/// The CSP allows exactly the inline text by its SHA-256 hash, so no other inline style, and no style attribute,
/// can apply.
/// </summary>
public sealed class InlineStylesheet
{
    private static readonly string[] Files = ["lib/nhsuk-frontend/nhsuk-frontend.min.css", "css/portal.css"];

    public InlineStylesheet(IWebHostEnvironment environment)
    {
        var css = new StringBuilder();
        foreach (var path in Files)
        {
            var file = environment.WebRootFileProvider.GetFileInfo(path);
            if (!file.Exists)
            {
                throw new FileNotFoundException($"The stylesheet wwwroot/{path} is missing: pages cannot be styled.", path);
            }
            using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
            css.Append(reader.ReadToEnd().Trim()).Append('\n');
        }
        var text = css.ToString();
        if (text.Contains("</style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("A stylesheet contains \"</style\", which would end the inline <style> element.");
        }
        Element = new HtmlString("<style>" + text + "</style>");
        CspSource = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
    }

    /// <summary>The &lt;style&gt; element for the page's head.</summary>
    public HtmlString Element { get; }

    /// <summary>Inline for answers the output cache will keep; linked for the rest.</summary>
    public static bool InlineFor(HttpContext context) => context.WillBeCached();

    /// <summary>The CSP source that allows the element's text and nothing else: <c>'sha256-…'</c>.</summary>
    public string CspSource { get; }
}
