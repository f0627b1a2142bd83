using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EvidencePortal.Web.Data.SqliteStatements;

/// <summary>Puts <see cref="StatementCachingProvider"/> under Microsoft.Data.Sqlite, once per process.</summary>
public static class SqliteStatementCache
{
    private static readonly Lock Gate = new();
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }
            // Microsoft.Data.Sqlite's static constructor sets SQLitePCLRaw's e_sqlite3 provider; run it first, then put
            // this one in its place and freeze it, so that nothing sets the plain provider again.
            RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);
            raw.SetProvider(new StatementCachingProvider(new SQLite3Provider_e_sqlite3()));
            raw.FreezeProvider();
            installed = true;
        }
    }
}
