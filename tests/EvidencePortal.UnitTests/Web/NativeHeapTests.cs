using System.Runtime.InteropServices;
using EvidencePortal.Web.Web;

namespace EvidencePortal.UnitTests.Web;

/// <summary>The C heap gives freed memory back to the system (Linux with glibc, as the portal is hosted and benched).</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void Trim_ReturnsFreedMemoryThatFreeAloneKeeps()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Trim());
            return;
        }
        // 48 MB in small blocks, all freed but the last: the one still in use sits at the top of the heap, so free()
        // cannot shrink the heap by itself and the pages stay resident, as after a burst of searches.
        const int blocks = 48 * 1024, blockSize = 1024;
        var pointers = new IntPtr[blocks];
        var ones = Enumerable.Repeat((byte)1, blockSize).ToArray();
        for (var i = 0; i < blocks; i++)
        {
            pointers[i] = Marshal.AllocHGlobal(blockSize);
            Marshal.Copy(ones, 0, pointers[i], blockSize); // touched, so resident
        }
        for (var i = 0; i < blocks - 1; i++)
        {
            Marshal.FreeHGlobal(pointers[i]);
        }
        var before = ResidentBytes();

        Assert.True(NativeHeap.Trim());
        var after = ResidentBytes();
        Marshal.FreeHGlobal(pointers[^1]);

        Assert.True(before - after > 24L * 1024 * 1024, $"resident {before >> 20} MB before the trim, {after >> 20} MB after");
    }

    [Fact]
    public void KeepLargeBlocksMapped_FreedLargeBlocksLeaveAtOnceEvenAfterOneWasFreed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.KeepLargeBlocksMapped());
            return;
        }
        Assert.True(NativeHeap.KeepLargeBlocksMapped());
        const int blockSize = 1024 * 1024;
        // One freed large block is what makes glibc carve later ones from the heap, where they stay resident.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(blockSize));
        // 32 encoder-sized buffers, each followed by a small block still in use, so the heap could not shrink.
        var ones = Enumerable.Repeat((byte)1, blockSize).ToArray();
        var large = new IntPtr[32];
        var pins = new IntPtr[32];
        for (var i = 0; i < large.Length; i++)
        {
            large[i] = Marshal.AllocHGlobal(blockSize);
            Marshal.Copy(ones, 0, large[i], blockSize);
            pins[i] = Marshal.AllocHGlobal(64 * 1024);
        }
        var before = ResidentBytes();

        foreach (var block in large)
        {
            Marshal.FreeHGlobal(block);
        }
        var after = ResidentBytes();
        foreach (var pin in pins)
        {
            Marshal.FreeHGlobal(pin);
        }

        Assert.True(before - after > 24L * 1024 * 1024, $"resident {before >> 20} MB before the frees, {after >> 20} MB after");
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
}
