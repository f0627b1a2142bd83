using EvidencePortal.Tests;
using EvidencePortal.Web.Commands;
using Microsoft.Data.Sqlite;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>The store, its WAL files and its backups are readable and writable by the portal's own user only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteFileAccessTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string folder = Directory.CreateTempSubdirectory("portal-files-").FullName;

    [Fact]
    public async Task Start_CreatesTheStoreAndItsWalFiles_ReadableByTheOwnerOnly()
    {
        var database = Path.Combine(folder, "portal.db");
        using var portal = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={database}");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/health")).StatusCode);

        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Start_TightensAStoreLeftReadableByOthers()
    {
        var database = Path.Combine(folder, "portal.db");
        using (var first = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={database}"))
        {
            first.CreateClient();
        }
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(database, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var again = new PortalFactory().With("ConnectionStrings:Portal", $"Data Source={database}");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await again.CreateClient().GetAsync("/health")).StatusCode);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(database));
    }

    [Fact]
    public async Task StoreBackup_WritesAFileReadableByTheOwnerOnly()
    {
        using var portal = new PortalFactory().With("Content:ImportOnEmptyStore", "false");
        portal.CreateClient();
        var backup = Path.Combine(folder, "backup.db");

        var exit = await CommandLine.RunAsync(portal.Services, ["store", "backup", backup],
            CommandConsole.Piped(new StringReader(""), new StringWriter(), new StringWriter()));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(backup));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
