using Microsoft.AspNetCore.Components;

namespace EvidencePortal.Web.Web;

/// <summary>
/// The fingerprinted address of a file in wwwroot ("css/portal.css" gives "/css/portal.a93651qpl3.css"), which
/// browsers may keep for a year (MapStaticAssets sends it as immutable). It is what Razor's UrlResolutionTagHelper
/// gives for href="~/css/portal.css"; that tag helper is removed in _ViewImports because it wraps every element
/// with an href or src on every page (each link of every table row) in tag-helper machinery, which was about a
/// tenth of an uncached page's CPU, to rewrite the three or four addresses that start with "~/".
/// </summary>
public static class StaticAssetUrls
{
    public static string For(HttpContext context, string path)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        var resolved = assets is null ? path : assets[path];
        return $"{context.Request.PathBase}/{resolved}";
    }
}
