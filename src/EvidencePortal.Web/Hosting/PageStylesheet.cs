using System.Security.Cryptography;
using System.Text;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// The portal's styles (the trimmed NHS.UK frontend, then portal.css) sent whole inside every page's head, read once at
/// start-up. A linked stylesheet costs a phone on a slow connection a second round trip before anything is drawn, which
/// put the largest paint over its target (bench/README.md); inline, the page draws from its first answer. The CSP
/// allows exactly this text by its SHA-256 hash, so no other inline style, and no style attribute, can apply.
/// </summary>
public sealed class PageStylesheet
{
    private static readonly string[] Files = ["lib/nhsuk-frontend/nhsuk-frontend.min.css", "css/portal.css"];

    public PageStylesheet(IWebHostEnvironment environment)
    {
        var css = new StringBuilder();
        foreach (var path in Files)
        {
            var file = environment.WebRootFileProvider.GetFileInfo(path);
            if (!file.Exists)
            {
                throw new FileNotFoundException(
                    $"The stylesheet wwwroot/{path} is missing: pages cannot be styled.",
                    path
                );
            }
            using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
            css.Append(reader.ReadToEnd().Trim()).Append('\n');
        }
        Css = css.ToString();
        if (Css.Contains("</style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "A stylesheet contains \"</style\", which would end the inline <style> element."
            );
        }
        CspSource = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
    }

    /// <summary>The text of the page's &lt;style&gt; element, exactly as hashed.</summary>
    public string Css { get; }

    /// <summary>The CSP source that allows it: 'sha256-...'.</summary>
    public string CspSource { get; }
}
