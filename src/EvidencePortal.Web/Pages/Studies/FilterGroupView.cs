namespace EvidencePortal.Web.Pages.Studies;

/// <summary>One group of filter checkboxes; the first box's id is the group name, so error links land on it.</summary>
public sealed record FilterGroupView(
    string Name,
    string Legend,
    IReadOnlyList<FilterOption> Options,
    IReadOnlyList<string> Selected,
    string? Error
);
