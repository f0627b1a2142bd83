namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>Where a record stands (live, draft, deleted) and the buttons that move it on.</summary>
public sealed record RecordStatusView(
    string EntityType, int RootId, string Token, bool IsLive, bool IsDeleted, bool HasUnpublishedChanges,
    string? PublicHref, string? PreviewHref, string? LastChangedBy, DateTime? LastChangedAt);
