using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>A list of records of one type for editors, each with its state in words.</summary>
public sealed record RecordListView(string Heading, string NewHref, string NewLabel, IReadOnlyList<RecordListRow> Rows);

public sealed record RecordListRow(string Href, string Title, string? Detail, PublicationStatus Status, bool HasDraft)
{
    public string StatusText => Status switch
    {
        PublicationStatus.Deleted => "Deleted",
        PublicationStatus.Draft => "Draft (never published)",
        _ => HasDraft ? "Live, with draft changes" : "Live",
    };
}
