using Microsoft.AspNetCore.Mvc;

namespace EvidencePortal.Web.Accounts;

/// <summary>Where to go after signing in: only an address on this site, of sensible length; otherwise nowhere.</summary>
public static class LocalUrl
{
    public const string AfterSignIn = "/edit";

    public static string? OrNull(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && !returnUrl.Any(char.IsControl) && url.IsLocalUrl(returnUrl)
            ? returnUrl
            : null;
}
