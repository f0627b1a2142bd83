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
    public void Configure_FreedLargeBlocksLeaveAtOnceEvenAfterOneWasFreed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Configure());
            return;
        }
        Assert.True(NativeHeap.Configure());
        const int blockSize = 1024 * 1024;
        // One freed large block is what makes glibc carve later ones from the heap, where they stay resident.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(blockSize));
        // 32 encoder-sized buffers, each followed by a small block still in use, so the heap could not shrink.
        var large = new IntPtr[32];
        var pins = new IntPtr[32];
        for (var i = 0; i < large.Length; i++)
        {
            large[i] = AllocateWritten(blockSize);
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

    [Fact]
    public void Configure_PagesFreedAtTheTopOfTheHeapStayForTheNextRequest()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Configure());
            return;
        }
        Assert.True(NativeHeap.Configure());
        // 256 KiB in blocks under the mmap threshold, as one page's rendering and compression leaves them: freed last
        // to first they join the heap's free top. At glibc's fixed 128 KiB trim threshold free() gave that top back to
        // the system there and then (madvise), and the next request faulted every page in again.
        const int blockSize = 64 * 1024;
        var blocks = Enumerable.Range(0, 4).Select(_ => AllocateWritten(blockSize)).ToArray();
        var residentBefore = blocks.Sum(b => ResidentPages(b, blockSize));
        Assert.True(residentBefore >= blocks.Length * blockSize / Environment.SystemPageSize, $"{residentBefore} pages resident once written");

        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            Marshal.FreeHGlobal(blocks[i]);
        }

        // The allocator's own header sits in the first page of each block; the rest of each block is what matters.
        var stillResident = blocks.Sum(b => ResidentPages(b, blockSize));
        Assert.True(stillResident >= residentBefore - blocks.Length,
            $"{stillResident} of {residentBefore} freed pages still resident: free() gave the top of the heap back at once");
    }

    // A C-heap block with every byte written, so its pages are resident.
    private static IntPtr AllocateWritten(int size)
    {
        var block = Marshal.AllocHGlobal(size);
        Marshal.Copy(Enumerable.Repeat((byte)1, size).ToArray(), 0, block, size);
        return block;
    }

    // mincore(2) over [start, start + length), counted in whole pages; a range no longer mapped counts as not resident.
    private static int ResidentPages(IntPtr start, int length)
    {
        var page = Environment.SystemPageSize;
        var first = start.ToInt64() / page * page;
        var last = (start.ToInt64() + length - 1) / page * page;
        var count = (int)((last - first) / page) + 1;
        var vector = new byte[count];
        return mincore(new IntPtr(first), (nuint)(count * page), vector) == 0 ? vector.Count(v => (v & 1) == 1) : 0;
    }

#pragma warning disable SYSLIB1054
    [DllImport("libc", SetLastError = true)]
    private static extern int mincore(IntPtr start, nuint length, byte[] vector);
#pragma warning restore SYSLIB1054

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
}
