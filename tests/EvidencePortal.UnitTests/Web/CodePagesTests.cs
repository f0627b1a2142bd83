using System.Globalization;
using System.IO.MemoryMappedFiles;
using EvidencePortal.Web.Web;

namespace EvidencePortal.UnitTests.Web;

/// <summary>Start-up's file pages go back to the system, and only read-only file mappings are touched.</summary>
public sealed class CodePagesTests
{
    [Fact]
    public void ReadOnlyFileMappings_TakesCodeAndDataFilesOnly()
    {
        string[] maps =
        [
            "7f00a0000000-7f00a6e00000 r--p 00000000 fd:01 1234  /srv/portal/EvidencePortal.Web.r2r.dll",
            "7f00a6e00000-7f00a8000000 r-xp 06e00000 fd:01 1234  /srv/portal/EvidencePortal.Web.r2r.dll",
            "7f00a8000000-7f00a8100000 rw-p 08000000 fd:01 1234  /srv/portal/EvidencePortal.Web.r2r.dll",
            "7f00b0000000-7f00b0008000 rw-s 00000000 fd:01 5678  /srv/data/portal.db-shm",
            "7f00c0000000-7f00c0100000 r-xs 00000000 00:01 9999  /memfd:doublemapper (deleted)",
            "7f00c1000000-7f00c1001000 r--p 00000000 fd:01 4321  /srv/portal/old.so (deleted)",
            "7f00d0000000-7f00d4000000 rw-p 00000000 00:00 0",
            "55d0e0000000-55d0e0021000 rw-p 00000000 00:00 0     [heap]",
            "7ffd00000000-7ffd00002000 r-xp 00000000 00:00 0     [vdso]",
            "7f00e0000000-7f00e1000000 r--s 00000000 fd:01 2468  /srv/portal/with space/icudt.dat",
            "not a mapping line",
        ];

        var mappings = CodePages.ReadOnlyFileMappings(maps).ToList();

        Assert.Equal(
            [(0x7f00a0000000UL, 0x6e00000UL), (0x7f00a6e00000UL, 0x1200000UL), (0x7f00e0000000UL, 0x1000000UL)],
            mappings);
    }

    [Fact]
    public void Release_DropsTheResidentPagesOfAReadOnlyFileAndTheyReadBackIntact()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(CodePages.Release());
            return;
        }
        // In the test's own folder, not /tmp, which may be a tmpfs whose pages the kernel cannot drop without swap.
        var path = Path.Combine(AppContext.BaseDirectory, $"code-pages-{Guid.NewGuid():N}.bin");
        const int size = 16 * 1024 * 1024;
        var content = new byte[size];
        new Random(20170).NextBytes(content);
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(content);
                file.Flush(flushToDisk: true); // clean pages: reclaim would otherwise have to write them first
            }
            using var mapped = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            using var view = mapped.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            var page = Environment.SystemPageSize;
            for (long offset = 0; offset < size; offset += page)
            {
                _ = view.ReadByte(offset); // touched, so mapped and resident, as start-up leaves its code
            }
            var before = ResidentKilobytesOf(path);
            Assert.True(before >= size / 1024 * 3 / 4, $"{before} KB of the file resident after reading it");

            Assert.NotNull(CodePages.Release());
            var after = ResidentKilobytesOf(path);

            Assert.True(after <= before / 8, $"{before} KB resident before the release, {after} KB after");
            var readBack = new byte[size];
            view.ReadArray(0, readBack, 0, size);
            Assert.True(content.AsSpan().SequenceEqual(readBack), "the file read back differently after its pages were dropped");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The Rss lines of /proc/self/smaps for the mappings of one file, in KB. A mapping's header line starts with
    // its address range ("7f00a0000000-7f00a6e00000 r--p ..."); its "Key: value kB" lines follow.
    private static long ResidentKilobytesOf(string path)
    {
        long total = 0;
        var inFile = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && IsAddressRange(fields[0]))
            {
                inFile = fields.Length == 6 && fields[5].Trim() == path;
            }
            else if (inFile && fields is ["Rss:", var kilobytes, ..])
            {
                total += long.Parse(kilobytes, CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    private static bool IsAddressRange(string field) =>
        field.Split('-') is [var start, var end] && start.Length > 0 && end.Length > 0
        && start.All(char.IsAsciiHexDigit) && end.All(char.IsAsciiHexDigit);
}
