namespace EvidencePortal.Web.History;

/// <summary>One page of a public change log: its changes grouped by the day they went live, newest first.</summary>
public sealed record ChangeLogPage(int Page, int PageCount, int Total, IReadOnlyList<ChangeDay> Days);

public sealed record ChangeDay(DateOnly Date, IReadOnlyList<ChangeEntry> Entries);

/// <summary>
/// One published change: what happened (<see cref="What"/>, "Study added") to which record (its title, linked
/// while it is live), and what it changed, a sentence a line.
/// </summary>
public sealed record ChangeEntry(string What, string Title, string? Href, IReadOnlyList<string> Lines);
