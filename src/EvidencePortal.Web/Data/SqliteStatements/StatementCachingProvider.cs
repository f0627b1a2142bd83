using System.Collections.Concurrent;
using SQLitePCL;

namespace EvidencePortal.Web.Data.SqliteStatements;

/// <summary>
/// Keeps each SQLite connection's prepared statements for the next command with the same SQL, as Npgsql's automatic
/// preparation does for PostgreSQL. Microsoft.Data.Sqlite prepares a command's SQL afresh every time it runs and
/// finalises it when the command is disposed (dotnet/efcore#14044 is the open request for a cache); parsing and
/// planning the two queries of an uncached study page was more than half of its CPU.
///
/// It sits under Microsoft.Data.Sqlite, as SQLitePCLRaw's provider, so EF Core and the driver are unchanged:
/// a prepare of SQL text this connection has prepared before gets that statement back, and a finalise of a statement
/// made here resets it, clears its bindings and keeps it (<see cref="ConnectionStatements"/>). A reset statement holds
/// no lock and no read transaction. Statements prepared with sqlite3_prepare_v2 re-prepare themselves after a schema
/// change (migrations), so a kept one never runs against an old schema. Closing the connection finalises what it kept.
/// </summary>
public sealed class StatementCachingProvider(ISQLite3Provider inner) : ForwardingSqliteProvider(inner)
{
    private static long prepared;
    private static long reused;

    private readonly ConcurrentDictionary<IntPtr, ConnectionStatements> connections = new();

    /// <summary>Statements prepared by SQLite, and prepares answered with a kept statement, since start-up.</summary>
    public static (long Prepared, long Reused) Counts => (Interlocked.Read(ref prepared), Interlocked.Read(ref reused));

    public override int sqlite3_prepare_v2(sqlite3 db, ReadOnlySpan<byte> sql, out IntPtr stmt, out ReadOnlySpan<byte> remain)
    {
        var statements = For(db);
        if (statements.TryLend(sql, out stmt, out var consumed))
        {
            Interlocked.Increment(ref reused);
            remain = consumed < sql.Length ? sql[consumed..] : [];
            return raw.SQLITE_OK;
        }
        var rc = Inner.sqlite3_prepare_v2(db, sql, out stmt, out remain);
        if (rc == raw.SQLITE_OK && stmt != IntPtr.Zero)
        {
            Interlocked.Increment(ref prepared);
            statements.Track(sql, sql.Length - remain.Length, stmt);
        }
        return rc;
    }

    public override int sqlite3_create_function(sqlite3 db, byte[] name, int nArg, int flags, object v, delegate_function_scalar func) =>
        Register(db, name, nArg, flags, v, func, null, () => Inner.sqlite3_create_function(db, name, nArg, flags, v, func));

    public override int sqlite3_create_function(sqlite3 db, byte[] name, int nArg, int flags, object v,
        delegate_function_aggregate_step func_step, delegate_function_aggregate_final func_final) =>
        Register(db, name, nArg, flags, v, func_step, func_final,
            () => Inner.sqlite3_create_function(db, name, nArg, flags, v, func_step, func_final));

    // A collation has no argument count; -1 keeps it apart from a function of the same name.
    public override int sqlite3_create_collation(sqlite3 db, byte[] name, object v, delegate_collation func) =>
        Register(db, name, -1, 0, v, func, null, () => Inner.sqlite3_create_collation(db, name, v, func));

    private int Register(sqlite3 db, byte[] name, int arguments, int flags, object? state, Delegate? first, Delegate? second, Func<int> register)
    {
        var functions = For(db).Functions;
        if (functions.IsInPlace(name, arguments, flags, state, first, second))
        {
            return raw.SQLITE_OK;
        }
        var rc = register();
        if (rc != raw.SQLITE_OK)
        {
            functions.Forget(name, arguments);
        }
        return rc;
    }

    public override int sqlite3_finalize(IntPtr stmt)
    {
        if (stmt != IntPtr.Zero && connections.TryGetValue(Inner.sqlite3_db_handle(stmt), out var statements)
            && statements.TryKeep(stmt))
        {
            return raw.SQLITE_OK;
        }
        return Inner.sqlite3_finalize(stmt);
    }

    public override int sqlite3_close_v2(IntPtr db)
    {
        Forget(db);
        return Inner.sqlite3_close_v2(db);
    }

    public override int sqlite3_close(IntPtr db)
    {
        Forget(db);
        return Inner.sqlite3_close(db);
    }

    // A static lambda with its argument passed in: one that captured this would be allocated on every prepare.
    private ConnectionStatements For(sqlite3 db) =>
        connections.GetOrAdd(db.DangerousGetHandle(), static (_, sqlite) => new ConnectionStatements(sqlite), Inner);

    private void Forget(IntPtr db)
    {
        if (connections.TryRemove(db, out var statements))
        {
            statements.Close();
        }
    }
}
