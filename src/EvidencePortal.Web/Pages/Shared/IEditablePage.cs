namespace EvidencePortal.Web.Pages.Shared;

/// <summary>A public page an editor can change: the layout shows them an "Edit this page" link.</summary>
public interface IEditablePage
{
    string EditHref { get; }
}
