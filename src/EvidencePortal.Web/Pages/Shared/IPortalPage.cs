namespace EvidencePortal.Web.Pages.Shared;

/// <summary>What the layout needs from every page: a title and, optionally, the trail back home.</summary>
public interface IPortalPage
{
    string PageTitle { get; }

    IReadOnlyList<Crumb> Breadcrumbs => [];
}

public sealed record Crumb(string Text, string Href);
