using Microsoft.Data.Sqlite;

namespace EvidencePortal.Bench.Crash;

/// <summary>
/// `crash-verify --db FILE --log FILE [--topic befriending]`: after a crash and restart, every value the
/// portal acknowledged (all runs so far) must be in the store: each saved value in the topic's revision
/// history (every save writes a revision with the full record), and the record's current values must be
/// the last acknowledged ones, or a value that was in flight when the portal was killed.
/// </summary>
public static class CrashVerifyCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var log = (await File.ReadAllLinesAsync(options.Required("log")))
            .Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (Kind: p[0], Value: p[1])).ToList();
        var slug = options.Get("topic", "befriending");
        await using var connection = new SqliteConnection(
            $"Data Source={options.Required("db")};Mode=ReadOnly;Pooling=False"
        );
        await connection.OpenAsync();

        var rootId = Convert.ToInt32(
            await ScalarAsync(connection, "SELECT Id FROM Topics WHERE Slug = $s AND DraftOfId IS NULL", slug),
            System.Globalization.CultureInfo.InvariantCulture
        );
        var live = (string)(await ScalarAsync(connection, "SELECT KeyMessage FROM Topics WHERE Id = $s", rootId))!;
        var editable = (string?)
            await ScalarAsync(connection, "SELECT KeyMessage FROM Topics WHERE DraftOfId = $s", rootId)
            ?? live;
        var snapshots = new List<(string Action, string Json)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT Action, SnapshotJson FROM Revisions WHERE EntityType = 'Topic' AND EntityId = $s";
            command.Parameters.AddWithValue("$s", rootId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                snapshots.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var saved = log.Where(l => l.Kind == "saved").Select(l => l.Value).ToList();
        var published = log.Where(l => l.Kind == "published").Select(l => l.Value).ToList();
        var lostSaves = saved
            .Where(v => !snapshots.Any(s => s.Json.Contains(Quoted(v), StringComparison.Ordinal)))
            .ToList();
        var lostPublishes = published
            .Where(v =>
                !snapshots.Any(s => s.Action == "Published" && s.Json.Contains(Quoted(v), StringComparison.Ordinal))
            )
            .ToList();

        // The last acknowledged value, or anything sent after it (acknowledgement lost with the process).
        // Before any acknowledged save, the record may still hold its original value (not in the log).
        var editableOk = Allowed(log, "saved", "sent").Contains(editable)
            || (saved.Count == 0 && !log.Any(l => l.Value == editable));
        var liveOk = published.Count == 0 || Allowed(log, "published", "saved").Contains(live);
        foreach (var value in lostSaves.Concat(lostPublishes).Take(10))
        {
            Console.WriteLine($"  LOST: {value}");
        }
        var lost = lostSaves.Count + lostPublishes.Count;
        Console.WriteLine($"verify acked_saves={saved.Count} acked_publishes={published.Count} lost={lost} " +
            $"current_draft={(editableOk ? "ok" : "WRONG: " + editable)} live={(liveOk ? "ok" : "WRONG: " + live)}");
        return lost == 0 && editableOk && liveOk ? 0 : 1;
    }

    /// <summary>The last value logged as <paramref name="acknowledged"/> and every <paramref name="later"/> value after
    /// it.</summary>
    private static HashSet<string> Allowed(List<(string Kind, string Value)> log, string acknowledged, string later)
    {
        var last = log.FindLastIndex(l => l.Kind == acknowledged);
        return log.Skip(Math.Max(0, last))
            .Where(l => l.Kind == later || l.Kind == acknowledged)
            .Select(l => l.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Quoted(string value) => "\"" + value + "\"";

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, object parameter)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", parameter);
        return await command.ExecuteScalarAsync();
    }
}
