namespace EvidencePortal.Web.Pages.Studies;

/// <summary>What _StudyTable needs: the rows, how they are sorted, and where its sort links point.</summary>
public sealed record StudyTableView(
    IReadOnlyList<StudyTableRow> Rows, TableSort Sort, string Caption, string BasePath, bool ShowTopic, string Id = "studies")
{
    public string SortHref(string column) => $"{BasePath}?sort={column}&order={Sort.NextOrder(column)}#{Id}";
}
