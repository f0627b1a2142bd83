using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>The band across a preview: what it is, and publish / back-to-edit.</summary>
public sealed record PreviewBannerView(
    string EditHref,
    string PublishHandlerHref,
    string Token,
    bool HasUnpublishedChanges
)
{
    public static PreviewBannerView For<T>(EditState<T> state, string editHref, string publishHref)
        where T : PublishableRecord => new(editHref, publishHref, state.Token.ToString(), state.HasUnpublishedChanges);
}
