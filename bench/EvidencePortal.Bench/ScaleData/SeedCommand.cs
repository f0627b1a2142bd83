using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace EvidencePortal.Bench.ScaleData;

/// <summary>
/// `seed --db FILE [--studies 100000] [--seed 20261126]`: adds generated, published studies and their findings
/// to a store the portal has already migrated and filled with the real content. Raw SQL in one transaction
/// (StoreWriter's prepared statements), with no ORM in the way of a large seed. The search index is left to the
/// portal, which rebuilds it when its counts differ from the store's.
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var path = options.Required("db");
        var count = options.Int("studies", 100_000);
        var seed = options.Int("seed", 20261126);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine(
                $"No store at {path}: start the portal on it once first, so its migrations create the schema."
            );
            return 1;
        }
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON;");
        if (
            Convert.ToInt64(
                await ScalarAsync(connection, "SELECT COUNT(*) FROM Studies WHERE Slug LIKE 'scale-%'"),
                CultureInfo.InvariantCulture
            ) > 0
        )
        {
            Console.Error.WriteLine($"{path} already holds generated studies; make a fresh store.");
            return 1;
        }
        var interventions = await ReadAsync(
            connection,
            "SELECT Id, Slug, Name FROM Interventions WHERE Status = 'Published' AND DraftOfId IS NULL",
            r => new RealIntervention(r.GetInt32(0), r.GetString(1), r.GetString(2))
        );
        var outcomes = await ReadAsync(
            connection,
            "SELECT Id, Slug, Name FROM Outcomes WHERE Status = 'Published' AND DraftOfId IS NULL",
            r => new RealOutcome(r.GetInt32(0), r.GetString(1), r.GetString(2))
        );
        if (interventions.Count == 0 || outcomes.Count == 0)
        {
            Console.Error.WriteLine(
                "The store has no published interventions or outcomes: import the real content first."
            );
            return 1;
        }
        var firstId =
            Convert.ToInt32(
                await ScalarAsync(connection, "SELECT COALESCE(MAX(Id), 0) FROM Studies"),
                CultureInfo.InvariantCulture
            ) + 1;
        var firstFindingId =
            Convert.ToInt32(
                await ScalarAsync(connection, "SELECT COALESCE(MAX(Id), 0) FROM Findings"),
                CultureInfo.InvariantCulture
            ) + 1;

        var generator = new Generator(seed, interventions, outcomes);
        var findings = 0;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            var writer = new StoreWriter(connection, transaction);
            var added = DateTime.UtcNow.AddDays(-1);
            for (var i = 0; i < count; i++)
            {
                var study = generator.Next(i + 1);
                // Spread over a day, in id order, so "most recently added" means the highest ids as it would in life.
                var at = added.AddMilliseconds(i * 500.0);
                writer.AddStudy(firstId + i, study, at);
                foreach (var (finding, order) in study.Findings.Select((f, n) => (f, n + 1)))
                {
                    writer.AddFinding(firstFindingId + findings++, firstId + i, finding, order);
                }
            }
            await transaction.CommitAsync();
        }
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"seeded studies={count} findings={findings} seed={seed} ms={watch.ElapsedMilliseconds}");
        return 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection,
        string sql,
        Func<SqliteDataReader, T> map
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }
        return rows;
    }
}
