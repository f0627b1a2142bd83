using System.Globalization;
using System.Runtime.InteropServices;

namespace EvidencePortal.Web.Web;

/// <summary>
/// Hands back the pages of the files the portal runs from (its ReadyToRun image, the runtime's libraries, ICU's
/// data) once start-up is over, so that only the code serving pages comes back.
/// <para>Start-up runs a great deal of code once: migrations, EF Core's model, Razor's view discovery, the search
/// index check, configuration and DI. Its pages stay mapped for the life of the process, and the kernel maps 16
/// neighbours around every page touched, so under load at 100,000 studies about 130 MB of the portal's resident memory
/// was file pages, 70 MB of it the composite image, against ~10 MB the pages actually use (bench/README.md).</para>
/// <para>MADV_PAGEOUT is the kernel's own reclaim, asked for early: it drops only clean pages of read-only file
/// mappings that no other process maps; a page touched again is read back from the file at that moment. Nothing
/// writable is touched (the SQLite -shm file, the JIT's code views, the heaps). Linux 5.4 and later; elsewhere
/// this does nothing.</para>
/// </summary>
public static class CodePages
{
    /// <summary>
    /// Asks the kernel to reclaim every read-only file-backed mapping of this process; the bytes asked for, or null
    /// where the system cannot (not Linux, or a kernel without MADV_PAGEOUT).
    /// </summary>
    public static long? Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        long asked = 0;
        foreach (var (start, length) in ReadOnlyFileMappings(File.ReadLines("/proc/self/maps")))
        {
            if (madvise((nint)start, (nuint)length, MadvPageout) != 0)
            {
                // EINVAL: a kernel older than 5.4, which does not know the advice. Any other failure (a mapping gone
                // since /proc was read) leaves the rest worth doing.
                if (Marshal.GetLastPInvokeError() == EInval && asked == 0)
                {
                    return null;
                }
                continue;
            }
            asked += (long)length;
        }
        return asked;
    }

    /// <summary>
    /// The mappings of /proc/PID/maps that are backed by a file and cannot be written: "start-end perms offset dev
    /// inode path". Deleted files and pseudo-files ([heap], memfd:...) are left out.
    /// </summary>
    public static IEnumerable<(ulong Start, ulong Length)> ReadOnlyFileMappings(IEnumerable<string> maps)
    {
        foreach (var line in maps)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1].Length < 4 || fields[1][1] == 'w')
            {
                continue;
            }
            var path = fields[5].Trim();
            if (!path.StartsWith('/') || path.EndsWith(" (deleted)", StringComparison.Ordinal))
            {
                continue;
            }
            var range = fields[0].Split('-');
            if (range.Length == 2
                && ulong.TryParse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
                && end > start)
            {
                yield return (start, end - start);
            }
        }
    }

    private const int MadvPageout = 21; // MADV_PAGEOUT in <linux/mman.h>
    private const int EInval = 22;

#pragma warning disable SYSLIB1054 // DllImport, as in NativeHeap: blittable, and no unsafe blocks needed
    [DllImport("libc", SetLastError = true, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int madvise(nint address, nuint length, int advice);
#pragma warning restore SYSLIB1054
}

/// <summary>Gives start-up's code pages back once, a little after the portal starts serving (see <see cref="CodePages"/>).</summary>
public sealed class StartupCodeRelease(IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<StartupCodeRelease> logger)
    : BackgroundService
{
    // Long enough for the start-up work that runs beside the first requests (the search index check, the first
    // page of each kind); the pages serving needs are read back on their next use, so waiting longer buys little.
    private static readonly TimeSpan AfterStart = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }
        await Task.Delay(AfterStart, clock, stoppingToken).ConfigureAwait(false);
        var before = Environment.WorkingSet;
        if (CodePages.Release() is not null)
        {
            logger.LogInformation("Start-up is over: gave its code pages back, resident memory {Before} MB -> {After} MB",
                before >> 20, Environment.WorkingSet >> 20);
        }
    }
}
