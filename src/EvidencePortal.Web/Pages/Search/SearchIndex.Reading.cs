using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvidencePortal.Web.Pages.Search;

public abstract partial class SearchIndex
{
    private async Task<List<StudyHit>> HitsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await ReadAsync(
            "SELECT study_id, slug, title, authors, year, design, names, details, notes "
                + $"FROM search_studies WHERE study_id IN ({IdList(ids)})",
            new(),
            r => new StudyHit(
                r.GetInt32(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetInt32(4),
                r.GetString(5),
                r.GetString(6),
                r.GetString(7),
                r.GetString(8)
            ),
            cancellationToken
        );
        var byId = rows.ToDictionary(h => h.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    private sealed record RankedRow(int Id, string Design, int Year, string Findings);

    /// <summary>
    /// Counts for each facet over the sampled matches. A finding facet is counted with the other finding
    /// filters applied, so each count is what choosing that value would show.
    /// </summary>
    private static List<FacetCount> Facets(List<RankedRow> rows, StudyQuery query)
    {
        var counts = rows.GroupBy(s => s.Design).Select(g => new FacetCount("design", g.Key, g.Count()))
            .Concat(rows.GroupBy(s => s.Year).Select(g => new FacetCount("year", g.Key.ToString(), g.Count())))
            .ToList();
        var findings = rows.SelectMany(r => r.Findings.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|')).Select(p => new FindingRow(r.Id, p[0], p[1], p[2]))).ToList();
        bool Holds(IReadOnlyList<string> chosen, string value) => chosen.Count == 0 || chosen.Contains(value);
        counts.AddRange(
            Count(
                "topic",
                findings.Where(f => Holds(query.Outcomes, f.Outcome) && Holds(query.Directions, f.Direction)),
                f => f.Topic
            )
        );
        counts.AddRange(
            Count(
                "outcome",
                findings.Where(f => Holds(query.Topics, f.Topic) && Holds(query.Directions, f.Direction)),
                f => f.Outcome
            )
        );
        counts.AddRange(
            Count(
                "direction",
                findings.Where(f => Holds(query.Topics, f.Topic) && Holds(query.Outcomes, f.Outcome)),
                f => f.Direction
            )
        );
        return counts;
    }

    private sealed record FindingRow(int StudyId, string Topic, string Outcome, string Direction);

    private static IEnumerable<FacetCount> Count(
        string facet,
        IEnumerable<FindingRow> findings,
        Func<FindingRow, string> value
    ) => findings.GroupBy(value).Select(g => new FacetCount(facet, g.Key, g.Select(f => f.StudyId).Distinct().Count()));

    protected Task<T> WithConnectionAsync<T>(Func<Task<T>> work) =>
        // Through the store's execution strategy, so a dead pooled connection (a restarted server) is retried.
        Db.Database.CreateExecutionStrategy()
            .ExecuteAsync(async () =>
            {
                await Db.Database.OpenConnectionAsync();
                try
                {
                    return await work();
                }
                finally
                {
                    await Db.Database.CloseConnectionAsync();
                }
            });

    protected DbCommand Command(string sql, Dictionary<string, object?> parameters)
    {
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        // Microsoft.Data.Sqlite insists that a command joins the open transaction explicitly.
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    protected async Task<List<T>> ReadAsync<T>(
        string sql,
        Dictionary<string, object?> parameters,
        Func<DbDataReader, T> read,
        CancellationToken cancellationToken
    )
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    protected async Task<object?> ScalarAsync(
        string sql,
        Dictionary<string, object?> parameters,
        CancellationToken cancellationToken
    )
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// Ids written into the SQL as a literal list: they are integers from the index itself, never user
    /// input, and a literal list lets either engine plan index lookups (a JSON or array parameter did not).
    /// </summary>
    protected static string IdList(IEnumerable<int> ids) =>
        string.Join(",", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
