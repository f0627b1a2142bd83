
namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>A table of references (to be) added or skipped, on the preview and in the report.</summary>
public sealed record ImportTableView(
    string Caption,
    string DetailHeading,
    IReadOnlyList<ImportTableView.Row> Rows,
    int Total
)
{
    public sealed record Row(
        int Line,
        int? Record,
        string Title,
        string? TitleHref,
        string? Detail,
        string? DetailHref,
        string? DetailLinkText
    );

    public static ImportTableView Skipped(string caption, IEnumerable<ImportEntry> entries) =>
        Of(
            caption,
            "Why",
            entries.Select(e => new Row(
                e.Line,
                e.Record,
                e.Title,
                null,
                e.Details,
                Existing(e.ExistingStudyId),
                e.ExistingStudyId is null ? null : "Open the study in the portal"
            ))
        );

    public static ImportTableView Added(string caption, IEnumerable<ImportEntry> entries) =>
        Of(caption, "Details", entries.Select(e => new Row(e.Line, e.Record, e.Title, null, e.Details, null, null)));

    public static ImportTableView FromReport(string caption, IEnumerable<ImportReportRow> rows, bool added) =>
        Of(
            caption,
            added ? "Details" : "Why",
            rows.Select(r => new Row(
                r.Line,
                r.Record,
                r.Title,
                r.StudyId is { } id ? $"/edit/studies/{id}" : null,
                r.Reason,
                Existing(r.ExistingStudyId),
                r.ExistingStudyId is null ? null : "Open the study in the portal"
            ))
        );

    private static ImportTableView Of(string caption, string detailHeading, IEnumerable<Row> rows)
    {
        var all = rows.ToList();
        return new ImportTableView(caption, detailHeading, all.Take(BatchModel.RowsShown).ToList(), all.Count);
    }

    private static string? Existing(int? id) => id is null ? null : $"/edit/studies/{id}";
}
