namespace EvidencePortal.Web.Pages.Studies;

/// <summary>What _StudyTable needs: the rows, how they are sorted, and where its sort links point.</summary>
public sealed record StudyTableView(
    IReadOnlyList<StudyTableRow> Rows,
    TableSort Sort,
    string Caption,
    string BasePath,
    bool ShowTopic,
    string Id = "studies"
)
{
    /// <summary>How many studies the scope holds; more than the rows when the table was cut short.</summary>
    public int Total { get; init; }

    /// <summary>The /studies list of every study in scope, linked when the table was cut short.</summary>
    public string AllStudiesHref { get; init; } = "/studies";

    public bool IsCutShort => Total > Rows.Count;

    public string SortHref(string column) => $"{BasePath}?sort={column}&order={Sort.NextOrder(column)}#{Id}";
}
