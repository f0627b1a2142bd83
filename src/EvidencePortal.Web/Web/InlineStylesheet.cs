using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Web;

/// <summary>
/// The portal's styles (the trimmed NHS.UK frontend, then portal.css), sent inside the head of every public page
/// the output cache keeps, instead of linked. On a slow phone connection a linked stylesheet costs a second round
/// trip before anything is drawn: on Lighthouse's throttled mobile profile the topic page's LCP was 1.7–1.8 s
/// linked and 0.9–1.1 s inline (bench/lcp.sh).
/// Each page is sent only the rules its own markup can match (<see cref="StyleRules"/>): all of them cost ~14 KB
/// compressed on every cached answer, which took the cached pages' throughput from 0.8–0.9× nginx's to 0.71–0.74×.
/// A page rendered for one request (an editor's, or a public page the cache will not keep) links the two whole
/// files instead: working out its subset, and compressing the styles again, would cost every such request, and
/// editors' browsers keep the files between pages.
/// The CSP allows exactly the page's inline text by its SHA-256 hash, so no other inline style, and no style
/// attribute, can apply.
/// </summary>
public sealed partial class InlineStylesheet
{
    private static readonly string[] Files = ["lib/nhsuk-frontend/nhsuk-frontend.min.css", "css/portal.css"];

    /// <summary>Where the layout wants the page's &lt;style&gt;; <see cref="InlineStylesTagHelper"/> puts it there.</summary>
    public const string Marker = "<!--portal-inline-styles-->";

    // Pages of one kind share a set of classes; the few hundred sets a site has are each worked out once.
    private const int RememberedSets = 2_000;
    private readonly ConcurrentDictionary<string, InlineStyle> bySet = new(StringComparer.Ordinal);
    private readonly StyleRules rules;

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
        rules = new StyleRules(text);
    }

    /// <summary>Inline for answers the output cache will keep; linked for the rest.</summary>
    public static bool InlineFor(HttpContext context) => context.WillBeCached();

    /// <summary>The &lt;style&gt; element for a page, given the page's markup, and the CSP source that allows it.</summary>
    public InlineStyle For(string pageHtml)
    {
        var classes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match attribute in ClassAttribute().Matches(pageHtml))
        {
            foreach (var name in attribute.Groups["value"].Value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (rules.Classes.Contains(name))
                {
                    classes.Add(name);
                }
            }
        }
        var key = string.Join(' ', classes);
        if (bySet.TryGetValue(key, out var known))
        {
            return known;
        }
        var style = InlineStyle.Of(rules.For(classes));
        if (bySet.Count < RememberedSets)
        {
            bySet.TryAdd(key, style);
        }
        return style;
    }

    [GeneratedRegex("""\sclass\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex ClassAttribute();
}

/// <summary>A page's &lt;style&gt; element, and the CSP source (<c>'sha256-…'</c>) that allows its text and nothing else.</summary>
public sealed record InlineStyle(string Element, string CspSource)
{
    public static InlineStyle Of(string css) => new(
        "<style>" + css + "</style>",
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'");
}
