using System.Text.Json;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// One line of an import's report (ImportBatch.ReportJson): what happened to one reference, and why
/// (for an added one, what its draft says and any notes).
/// </summary>
public sealed record ImportReportRow(
    int Line,
    int? Record,
    string Title,
    string Outcome,
    string? Reason,
    int? StudyId,
    int? ExistingStudyId
)
{
    public const string AddedOutcome = "added";
    public const string SkippedOutcome = "skipped";

    public bool IsAdded => Outcome == AddedOutcome;

    public static ImportReportRow From(ImportEntry entry, int? studyId) =>
        new(
            entry.Line,
            entry.Record,
            entry.Title,
            entry.IsAdded ? AddedOutcome : SkippedOutcome,
            entry.Details,
            studyId,
            entry.ExistingStudyId
        );
}

public static class ImportReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IEnumerable<ImportReportRow> rows) => JsonSerializer.Serialize(rows, Json);

    public static IReadOnlyList<ImportReportRow> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ImportReportRow>>(json, Json) ?? [];
}
