namespace EvidencePortal.Web.Data;

/// <summary>
/// The SQLite store holds password hashes, sessions' keys and unpublished drafts: its file is readable and writable by
/// the portal's own user only (0600), made so before SQLite first opens it. SQLite gives its -wal and -shm files the
/// database file's permissions when it creates them; ones left from before are tightened here too.
/// </summary>
public static class SqliteFileAccess
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void RestrictToOwner(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        if (!File.Exists(databasePath))
        {
            // An empty file is an empty SQLite database.
            using var created = new FileStream(databasePath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly,
            });
        }
        foreach (
            var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm", databasePath + "-journal" }
        )
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }
        }
    }
}
