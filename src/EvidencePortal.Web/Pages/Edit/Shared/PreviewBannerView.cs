namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>The band across a preview: what it is, and publish / back-to-edit.</summary>
public sealed record PreviewBannerView(string EditHref, string PublishHandlerHref, string Token, bool HasUnpublishedChanges);
