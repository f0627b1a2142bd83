namespace EvidencePortal.Web.Pages.Reviews;

public sealed record CountTableView(string Caption, string Column, IReadOnlyList<(string Label, int Count)> Rows);
