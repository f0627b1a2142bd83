using System.Runtime.InteropServices;

namespace EvidencePortal.Web.Web;

/// <summary>
/// Gives the C heap's free pages (glibc's malloc, used by SQLite and the runtime itself) back to the system: trimmed
/// every few seconds, and large blocks kept in mappings of their own that go back as soon as they are freed, while
/// the small-block pages a request is about to reuse stay put.
/// glibc keeps memory freed by a thread in that thread's arena: after the warm-up burst of searches over 100,000
/// studies, 60 MB of C heap held only 23 MB in use, and the portal stayed near 290 MB under load (bench/README.md).
/// MALLOC_ARENA_MAX cannot be set from here: the runtime's own threads have made their arenas before Main runs.
/// Elsewhere (Windows, macOS, musl) this does nothing.
/// </summary>
public static class NativeHeap
{
    /// <summary>Returns free pages in every arena to the system; false where there is no malloc_trim.</summary>
    public static bool Trim() =>
        OnGlibc(() =>
        {
            _ = malloc_trim(0); // 1 when it gave memory back, 0 when there was none to give
            return true;
        });

    /// <summary>
    /// Sets how glibc hands memory back, before anything allocates much; false where there is no mallopt.
    /// <para>Blocks of 128 KiB and more (Brotli and Deflate encoder windows, SQLite's larger buffers) keep mappings of
    /// their own, returned to the system when freed. glibc starts there but raises the bar each time such a block is
    /// freed, up to 32 MB, after which those buffers are carved from the arenas and stay resident: at 100,000
    /// studies that held about 20 MB more under load.</para>
    /// <para>Fixing that bar also fixes the trim threshold at its 128 KiB start, and then nearly every uncached page gave
    /// its arena's top back on free (madvise, TLB flushes on both cores) and faulted it in again on the next request:
    /// 0.5 madvise calls and 1.2 page faults per uncached study page (about 8 % of its throughput in an A/B of two publishes). The top of an arena
    /// is kept up to 1 MiB instead (0.02 and 0.3 per page); what lies idle goes back with the trim every few seconds
    /// (bench/README.md).</para>
    /// </summary>
    public static bool Configure() =>
        OnGlibc(() => mallopt(MmapThreshold, LargeBlock) == 1 // 1 on success; setting it also stops the raising
            && mallopt(TrimThreshold, KeptTop) == 1);

    /// <summary>Runs a call into glibc's malloc; false on other systems or C libraries that lack it.</summary>
    private static bool OnGlibc(Func<bool> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int TrimThreshold = -1; // M_TRIM_THRESHOLD in <malloc.h>
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD
    private const int LargeBlock = 128 * 1024; // glibc's own starting value
    private const int KeptTop = 1024 * 1024; // the smallest tried that stopped the give-back-and-fault-in churn

    // DllImport rather than LibraryImport, whose generated code needs unsafe blocks: the signature is blittable.
#pragma warning disable SYSLIB1054
    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);

    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int param, int value);
#pragma warning restore SYSLIB1054
}

/// <summary>Trims the C heap every few seconds while the portal runs (see <see cref="NativeHeap"/>).</summary>
public sealed class NativeHeapTrimmer(TimeProvider clock) : BackgroundService
{
    // Often enough that a burst's leftovers do not outlive the burst by long.
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!NativeHeap.Trim())
            {
                return;
            }
        }
    }
}
