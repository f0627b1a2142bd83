using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace EvidencePortal.Web.Data;

/// <summary>
/// Work that must be saved whole, in one transaction. On PostgreSQL the store retries transient failures (EF's
/// retrying execution strategy), which takes a transaction in hand only when it runs inside the strategy. A restart
/// of the server leaves every pooled connection dead, found out on first use: the transaction's first round trip is
/// therefore a probe, and a failure there is retried on a fresh connection. A failure once the work has begun is
/// not, as the work may already have changed the records it tracks: that transaction is rolled back and reported.
/// </summary>
public static class StoreTransactions
{
    /// <summary>Runs <paramref name="work"/> in a transaction it commits; one it leaves uncommitted is rolled
    /// back.</summary>
    public static Task<T> InTransactionAsync<T>(
        this DbContext db,
        Func<IDbContextTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken = default
    ) =>
        db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(
                async token =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    if (db.Database.IsNpgsql())
                    {
                        await db.Database.ExecuteSqlRawAsync("SELECT 1", token);
                    }
                    try
                    {
                        return await work(transaction, token);
                    }
                    catch (Exception error) when (IsTransient(error))
                    {
                        throw new InvalidOperationException(
                            "The connection to the database was lost part-way; nothing was saved.",
                            error
                        );
                    }
                },
                cancellationToken
            );

    /// <summary>The same, for work with no result.</summary>
    public static Task InTransactionAsync(
        this DbContext db,
        Func<IDbContextTransaction, CancellationToken, Task> work,
        CancellationToken cancellationToken = default
    ) =>
        db.InTransactionAsync(
            async (transaction, token) =>
            {
                await work(transaction, token);
                return true;
            },
            cancellationToken
        );

    private static bool IsTransient(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
