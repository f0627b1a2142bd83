using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// Compress hard what the output cache will keep, cheaply what it will not. A cached public page is compressed
/// once and sent thousands of times, so it gets the better ratio (brotli quality 6); an answer rendered for one
/// request only (an editor's page, an API or export call) gets the fastest level, because there its compression
/// is paid on every request: on an uncached study page the better level was a fifth of the CPU.
/// The output cache runs before compression in the pipeline and has decided by the time the body is written.
/// </summary>
public abstract class CacheAwareCompressionProvider(IHttpContextAccessor accessor) : ICompressionProvider
{
    public abstract string EncodingName { get; }

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) => CreateStream(outputStream, accessor.HttpContext.WillBeCached());

    protected abstract Stream CreateStream(Stream outputStream, bool cached);
}

public sealed class CacheAwareBrotliProvider(IHttpContextAccessor accessor) : CacheAwareCompressionProvider(accessor)
{
    // Quality 6 rather than Optimal's 4 for what the cache keeps: a smaller page, for a cost paid once per cached page.
    private static readonly BrotliCompressionOptions Cached = new() { Quality = 6 };

    public override string EncodingName => "br";

    protected override Stream CreateStream(Stream outputStream, bool cached) => cached
        ? new BrotliStream(outputStream, Cached, leaveOpen: true)
        : new BrotliStream(outputStream, CompressionLevel.Fastest, leaveOpen: true);
}

public sealed class CacheAwareGzipProvider(IHttpContextAccessor accessor) : CacheAwareCompressionProvider(accessor)
{
    public override string EncodingName => "gzip";

    protected override Stream CreateStream(Stream outputStream, bool cached) =>
        new GZipStream(outputStream, cached ? CompressionLevel.Optimal : CompressionLevel.Fastest, leaveOpen: true);
}
