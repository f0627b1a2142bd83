using System.Runtime.InteropServices;

namespace EvidencePortal.Web.Web;

/// <summary>
/// Gives the C heap's free pages (glibc's malloc, used by SQLite and the runtime itself) back to the system: trimmed
/// every few seconds, and large blocks kept in mappings of their own that go back as soon as they are freed.
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
    /// Keeps blocks of 128 KiB and more (Brotli and Deflate encoder windows, SQLite's larger buffers) in their own
    /// mappings, returned to the system when freed. glibc starts there but raises the bar each time such a block is
    /// freed, up to 32 MB, after which those buffers are carved from the arenas and stay resident: at 100,000
    /// studies that held about 20 MB more under load (bench/README.md). False where there is no mallopt.
    /// </summary>
    public static bool KeepLargeBlocksMapped() =>
        OnGlibc(() => mallopt(MmapThreshold, LargeBlock) == 1); // 1 on success; setting it also stops the raising

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

    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD in <malloc.h>
    private const int LargeBlock = 128 * 1024; // glibc's own starting value

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
