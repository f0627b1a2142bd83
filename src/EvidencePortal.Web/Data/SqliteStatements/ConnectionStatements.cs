using System.Runtime.InteropServices;
using SQLitePCL;

namespace EvidencePortal.Web.Data.SqliteStatements;

/// <summary>
/// One SQLite connection's kept statements, by SQL text: the idle ones ready to lend, and the lent ones, which come
/// back when Microsoft.Data.Sqlite finalises them. At most <see cref="Capacity"/> texts are kept; a new text beyond that
/// pushes out the one least recently used. A lock guards it: a connection is used by one thread at a time, but a
/// statement nobody disposed is finalised on the GC's finaliser thread.
/// </summary>
internal sealed class ConnectionStatements
{
    /// <summary>Distinct SQL texts kept per connection: the portal's pages run a few dozen.</summary>
    public const int Capacity = 64;

    // The same text open twice at once on one connection (a reader inside a reader) is rare; more copies wait idle.
    private const int IdleCopiesPerText = 2;

    private readonly ISQLite3Provider sqlite;
    private readonly Lock gate = new();
    private readonly Dictionary<byte[], Text> byText = new(SqlTextComparer.Instance);
    private readonly Dictionary<byte[], Text>.AlternateLookup<ReadOnlySpan<byte>> byTextSpan;
    private readonly Dictionary<IntPtr, Text> lent = [];
    private long clock;
    private bool closed;

    /// <summary>What is registered on this connection (<see cref="RegisteredFunctions"/>).</summary>
    public RegisteredFunctions Functions { get; } = new();

    public ConnectionStatements(ISQLite3Provider sqlite)
    {
        this.sqlite = sqlite;
        byTextSpan = byText.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>An idle statement prepared from exactly this SQL, and how many of its bytes it consumed.</summary>
    public bool TryLend(ReadOnlySpan<byte> sql, out IntPtr stmt, out int consumed)
    {
        lock (gate)
        {
            if (byTextSpan.TryGetValue(sql, out var text) && text.Idle.TryPop(out stmt))
            {
                lent[stmt] = text;
                text.LastUsed = ++clock;
                consumed = text.Consumed;
                return true;
            }
        }
        stmt = IntPtr.Zero;
        consumed = 0;
        return false;
    }

    /// <summary>A statement SQLite has just prepared from this SQL: it will be kept when it is finalised.</summary>
    public void Track(ReadOnlySpan<byte> sql, int consumed, IntPtr stmt)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }
            if (!byTextSpan.TryGetValue(sql, out var text))
            {
                if (byText.Count >= Capacity)
                {
                    EvictLeastRecentlyUsed();
                }
                text = new Text(sql.ToArray(), consumed);
                byText.Add(text.Sql, text);
            }
            text.LastUsed = ++clock;
            lent[stmt] = text;
        }
    }

    /// <summary>Keeps a finalised statement (reset, bindings cleared) when it was lent from here and there is room.</summary>
    public bool TryKeep(IntPtr stmt)
    {
        lock (gate)
        {
            if (!lent.Remove(stmt, out var text) || closed || text.Evicted || text.Idle.Count >= IdleCopiesPerText)
            {
                return false;
            }
            // sqlite3_reset answers with the last step's error, which its command has already reported.
            _ = Native.sqlite3_reset(stmt);
            _ = Native.sqlite3_clear_bindings(stmt);
            text.Idle.Push(stmt);
            return true;
        }
    }

    /// <summary>The connection is closing: finalise the idle statements; lent ones are finalised when they come back.</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            foreach (var text in byText.Values)
            {
                FinaliseIdle(text);
            }
            byText.Clear();
        }
    }

    private void EvictLeastRecentlyUsed()
    {
        var oldest = byText.Values.MinBy(t => t.LastUsed)!;
        oldest.Evicted = true;
        FinaliseIdle(oldest);
        byText.Remove(oldest.Sql);
    }

    private void FinaliseIdle(Text text)
    {
        while (text.Idle.TryPop(out var stmt))
        {
            sqlite.sqlite3_finalize(stmt);
        }
    }

    private sealed class Text(byte[] sql, int consumed)
    {
        public byte[] Sql { get; } = sql;
        public int Consumed { get; } = consumed;
        public Stack<IntPtr> Idle { get; } = new(IdleCopiesPerText);
        public long LastUsed { get; set; }
        public bool Evicted { get; set; }
    }

    /// <summary>SQL text as UTF-8 bytes, looked up by span so that a lookup allocates nothing.</summary>
    private sealed class SqlTextComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly SqlTextComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }

    // SQLitePCLRaw's provider interface resets statements only through their SafeHandle, which a finalised one no
    // longer has; these are the same e_sqlite3 library's functions, by pointer.
    // DllImport rather than LibraryImport, whose generated code needs unsafe blocks: these signatures are blittable.
#pragma warning disable SYSLIB1054
    private static class Native
    {
        [DllImport("e_sqlite3", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_reset(IntPtr stmt);

        [DllImport("e_sqlite3", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_clear_bindings(IntPtr stmt);
    }
#pragma warning restore SYSLIB1054
}
