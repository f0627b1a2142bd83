namespace EvidencePortal.Web.Web;

public sealed record NavItem(string Text, string Href, bool Current);
