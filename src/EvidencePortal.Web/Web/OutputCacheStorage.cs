using Microsoft.AspNetCore.OutputCaching;

namespace EvidencePortal.Web.Web;

/// <summary>
/// Whether the output cache means to keep this answer, decided for the request before the page renders. Both the
/// compression level (CacheAwareCompression) and the choice of inline or linked styles (InlineStylesheet) follow it.
/// </summary>
public static class OutputCacheStorage
{
    public static bool WillBeCached(this HttpContext? context) =>
        context?.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };
}
