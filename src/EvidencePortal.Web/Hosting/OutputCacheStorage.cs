using Microsoft.AspNetCore.OutputCaching;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// Whether the output cache means to keep this answer, decided for the request before the page renders; the
/// compression level (CacheAwareCompression) follows it.
/// </summary>
public static class OutputCacheStorage
{
    public static bool WillBeCached(this HttpContext? context) =>
        context?.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };
}
