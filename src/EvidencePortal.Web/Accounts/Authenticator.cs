using System.Globalization;
using System.Text;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace EvidencePortal.Web.Accounts;

/// <summary>The authenticator app (TOTP, Identity's built-in provider): its key, its QR code, and turning it
/// off.</summary>
public static class Authenticator
{
    public const string Issuer = "EvidencePortal";
    public const int RecoveryCodeCount = 10;

    // Where Identity's user store keeps the authenticator key and recovery codes (AspNetUserTokens).
    private const string StoreProvider = "[AspNetUserStore]";

    /// <summary>"JBSWY3DPEHPK3PXP" as "jbsw y3dp ehpk 3pxp": easier to read out and type.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}" +
        $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>
    /// The QR code as inline SVG markup: one path of dark modules on a white square (with its quiet zone),
    /// no style attribute, script or data: URI, so it passes the portal's Content-Security-Policy.
    /// </summary>
    public static string QrCodeSvg(string text, string titleId)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x])
                {
                    continue;
                }
                var run = 1;
                while (x + run < size && matrix[y][x + run])
                {
                    run++;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }
        var pixels = size * 5;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-qr-code\" viewBox=\"0 0 {size} {size}\" "
            + $"width=\"{pixels}\" height=\"{pixels}\" role=\"img\" aria-labelledby=\"{titleId}\" "
            + "shape-rendering=\"crispEdges\">"
            + $"<title id=\"{titleId}\">QR code to scan with your authenticator app</title>"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }

    /// <summary>
    /// The key waiting to be confirmed, or a new one. A new key changes the security stamp (other sessions
    /// end), so the caller refreshes its own sign-in when Created is true.
    /// </summary>
    public static async Task<(string Key, bool Created)> GetOrCreateKeyAsync(
        this UserManager<PortalUser> users,
        PortalUser user
    )
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
        {
            return (key, false);
        }
        await users.ResetAuthenticatorKeyAsync(user);
        key = await users.GetAuthenticatorKeyAsync(user);
        return (key ?? throw new InvalidOperationException("Identity did not store an authenticator key."), true);
    }

    /// <summary>
    /// Two-factor off, the authenticator key and the recovery codes gone: the person must enrol again
    /// (with a new key) before editing. Changes the security stamp, so the account's sessions end.
    /// </summary>
    public static async Task<IdentityResult> TurnOffTwoFactorAsync(this UserManager<PortalUser> users, PortalUser user)
    {
        await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes");
        return await users.SetTwoFactorEnabledAsync(user, false);
    }

    /// <summary>"123 456" or "123-456" as typed from an app: keep only the digits.</summary>
    public static string CleanCode(string? code) =>
        new((code ?? "").Where(c => c is not (' ' or '-' or '\t')).ToArray());
}
