using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvidencePortal.Web.Search;

public abstract partial class SearchIndex
{
    private async Task<List<StudyHit>> HitsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await ReadAsync(
            $"SELECT study_id, slug, title, authors, year, design, names, details, notes FROM search_studies WHERE study_id IN ({IdsSql("ids")})",
            new() { ["ids"] = IdsValue(ids) },
            r => new StudyHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5),
                r.GetString(6), r.GetString(7), r.GetString(8)), cancellationToken);
        var byId = rows.ToDictionary(h => h.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// Counts for each facet over the sampled matches. A finding facet is counted with the other finding
    /// filters applied, so each count is what choosing that value would show.
    /// </summary>
    private async Task<List<FacetCount>> FacetsAsync(List<int> ids, StudyQuery query, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var parameters = new Dictionary<string, object?> { ["ids"] = IdsValue(ids) };
        var inIds = $"study_id IN ({IdsSql("ids")})";
        var parts = new List<string>
        {
            $"SELECT 'design', design, COUNT(*) FROM search_studies WHERE {inIds} GROUP BY design",
            $"SELECT 'year', CAST(year AS TEXT), COUNT(*) FROM search_studies WHERE {inIds} GROUP BY year",
        };
        foreach (var facet in new[] { "topic", "outcome", "direction" })
        {
            var others = FindingConditionsFor(query, parameters, facet);
            parts.Add($"SELECT '{facet}', {facet}, COUNT(DISTINCT study_id) FROM search_study_findings " +
                $"WHERE {inIds}{(others.Length == 0 ? "" : " AND " + others)} GROUP BY {facet}");
        }
        return await ReadAsync(string.Join(" UNION ALL ", parts), parameters,
            r => new FacetCount(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2))), cancellationToken);
    }

    private static string FindingConditionsFor(StudyQuery query, Dictionary<string, object?> parameters, string facet) =>
        FindingConditions(query, parameters, except: facet);

    protected async Task<T> WithConnectionAsync<T>(Func<Task<T>> work)
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
    }

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
        string sql, Dictionary<string, object?> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
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

    protected async Task<object?> ScalarAsync(string sql, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
