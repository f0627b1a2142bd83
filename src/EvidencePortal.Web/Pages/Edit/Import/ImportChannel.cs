using System.Threading.Channels;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>Confirmed imports waiting for <see cref="ImportWorker"/>, which takes them one at a time.</summary>
public sealed class ImportChannel
{
    private readonly Channel<int> channel = Channel.CreateUnbounded<int>(
        new UnboundedChannelOptions { SingleReader = true }
    );

    public ChannelReader<int> Reader => channel.Reader;

    public ValueTask EnqueueAsync(int batchId, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(batchId, cancellationToken);
}
