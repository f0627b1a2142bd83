using Microsoft.AspNetCore.Mvc;

namespace EvidencePortal.Web.Accounts;

/// <summary>Where to go after signing in: only an address on this site, of sensible length; otherwise
/// nowhere.</summary>
public static class LocalUrl
{
    public const string AfterSignIn = "/edit";

    private static readonly Uri Site = new("http://portal.invalid");

    /// <summary>
    /// The address as a browser would resolve it on this site (backslashes as slashes, dot segments removed), written
    /// in ASCII with everything else percent-encoded, so it can go in a Location header; null unless it is still local
    /// then. Without this, "é" made the redirect fail after a one-time code was spent, and "/x/../\evil" left the site.
    /// </summary>
    public static string? OrNull(IUrlHelper url, string? returnUrl)
    {
        if (
            string.IsNullOrEmpty(returnUrl)
            || returnUrl.Length > 2000
            || returnUrl.Any(char.IsControl)
            || !url.IsLocalUrl(returnUrl)
            || !Uri.TryCreate(Site, returnUrl, out var resolved)
            || resolved.Authority != Site.Authority
        )
        {
            return null;
        }
        var address = resolved.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        return url.IsLocalUrl(address) && address.All(char.IsAscii) ? address : null;
    }
}
