using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EvidencePortal.Bench.ScaleData;

/// <summary>The seed command's two prepared INSERTs, reused for every row; values in EF Core's formats.</summary>
internal sealed class StoreWriter
{
    private readonly SqliteCommand study;
    private readonly SqliteCommand finding;

    public StoreWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        study = Prepare(
            connection,
            transaction,
            "Studies",
            [
                "Id",
                "Slug",
                "Authors",
                "Year",
                "Title",
                "Journal",
                "SourceUrls",
                "Design",
                "DesignCategory",
                "Country",
                "Setting",
                "SampleSize",
                "Population",
                "OutcomesMeasured",
                "AppraisalMarkdown",
                "AppraisalHtml",
                "Verification",
                "Status",
                "Version",
                "CreatedAt",
                "UpdatedAt",
                "PublishedAt",
                "LastReviewedOn",
            ]
        );
        finding = Prepare(
            connection,
            transaction,
            "Findings",
            ["Id", "StudyId", "InterventionId", "OutcomeId", "Direction", "Kind", "Note", "Order"]
        );
    }

    public void AddStudy(int id, GeneratedStudy s, DateTime at)
    {
        var stamp = at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        Run(
            study,
            id,
            s.Slug,
            s.Authors,
            s.Year,
            s.Title,
            s.Journal,
            "[]",
            s.Design,
            s.DesignCategory,
            s.Country,
            s.Setting,
            s.SampleSize,
            s.Population,
            JsonSerializer.Serialize(s.OutcomesMeasured),
            s.AppraisalMarkdown,
            s.AppraisalHtml,
            "generated",
            "Published",
            1,
            stamp,
            stamp,
            stamp,
            at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        );
    }

    public void AddFinding(int id, int studyId, GeneratedFinding f, int order) =>
        Run(finding, id, studyId, f.InterventionId, f.OutcomeId, f.Direction, f.Kind, f.Note, order);

    private static SqliteCommand Prepare(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string table,
        string[] columns
    )
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }
}
