using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvidencePortal.Web.Editing;

/// <summary>Recognises a unique-index violation on either engine, and which index it was.</summary>
public static class StoreErrors
{
    public static bool IsUniqueViolation(DbUpdateException error) =>
        error.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19
                && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };

    public static bool MentionsSlug(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.Message.Contains(".Slug", StringComparison.Ordinal),
        PostgresException postgres => postgres.ConstraintName?.Contains("Slug", StringComparison.Ordinal) == true,
        _ => false,
    };
}
