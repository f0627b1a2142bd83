using EvidencePortal.Web.Import;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>A table of references (to be) added or skipped, on the preview and in the report.</summary>
public sealed record ImportTableView(string Caption, string DetailHeading, IReadOnlyList<ImportTableView.Row> Rows, int Total)
{
    public sealed record Row(int Line, int? Record, string Title, string? TitleHref, string? Detail, string? DetailHref, string? DetailLinkText);

    public static ImportTableView Skipped(string caption, IEnumerable<ImportEntry> entries) => Of(caption, "Why", entries.Select(e =>
        new Row(e.Line, e.Record, e.Title, null, e.Message, Existing(e.ExistingStudyId), e.ExistingStudyId is null ? null : "Open the study in the portal")));

    public static ImportTableView Added(string caption, IEnumerable<ImportEntry> entries) => Of(caption, "Notes", entries.Select(e =>
        new Row(e.Line, e.Record, e.Title, null, Describe(e), null, null)));

    public static ImportTableView FromReport(string caption, IEnumerable<ImportReportRow> rows, bool added) => Of(caption, added ? "Notes" : "Why", rows.Select(r =>
        new Row(r.Line, r.Record, r.Title, r.StudyId is { } id ? $"/edit/studies/{id}" : null, r.Reason, Existing(r.ExistingStudyId),
            r.ExistingStudyId is null ? null : "Open the study in the portal")));

    private static ImportTableView Of(string caption, string detailHeading, IEnumerable<Row> rows)
    {
        var all = rows.ToList();
        return new ImportTableView(caption, detailHeading, all.Take(BatchModel.RowsShown).ToList(), all.Count);
    }

    private static string? Existing(int? id) => id is null ? null : $"/edit/studies/{id}";

    private static string Describe(ImportEntry entry)
    {
        var s = entry.Study!;
        var parts = new List<string> { $"{s.Year}", s.Authors.Count == 0 ? "no authors" : EvidencePortal.Web.Domain.Citation.ShortAuthors(string.Join(", ", s.Authors)) };
        if (s.Doi is not null)
        {
            parts.Add($"DOI {s.Doi}");
        }
        parts.Add($"design group: {EvidencePortal.Web.Domain.DesignCategoryText.Label(s.DesignCategory)}");
        return string.Join("; ", parts) + (entry.Message is null ? "" : ". " + entry.Message);
    }
}
