using System.Security.Cryptography;
using System.Text;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Identity's store, keeping the second factor's secrets unreadable at rest: recovery codes as salted PBKDF2 hashes
/// (shown once, never stored), the authenticator key encrypted with Data Protection (whose own keys are encrypted
/// with the operator's certificate when one is configured, see <see cref="KeyProtection"/>). Values stored in plain
/// text by earlier versions still work and are converted at start-up by <see cref="AccountSecrets"/>.
/// </summary>
public sealed class PortalUserStore(
    PortalDbContext context,
    IDataProtectionProvider protection,
    IdentityErrorDescriber? describer = null
) : UserStore<PortalUser, IdentityRole, PortalDbContext>(context, describer)
{
    public const string TokenProvider = "[AspNetUserStore]";
    public const string RecoveryCodesToken = "RecoveryCodes";
    public const string AuthenticatorKeyToken = "AuthenticatorKey";

    private readonly IDataProtector keys = protection.CreateProtector("EvidencePortal.Accounts.AuthenticatorKey");

    public override Task SetAuthenticatorKeyAsync(PortalUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, TokenProvider, AuthenticatorKeyToken, ProtectKey(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, TokenProvider, AuthenticatorKeyToken, cancellationToken);
        return stored is null ? null : UnprotectKey(stored);
    }

    public override Task ReplaceCodesAsync(
        PortalUser user,
        IEnumerable<string> recoveryCodes,
        CancellationToken cancellationToken
    ) =>
        SetTokenAsync(
            user,
            TokenProvider,
            RecoveryCodesToken,
            RecoveryCodeHashes.Hash(recoveryCodes),
            cancellationToken
        );

    public override async Task<bool> RedeemCodeAsync(PortalUser user, string code, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, TokenProvider, RecoveryCodesToken, cancellationToken) ?? "";
        var left = RecoveryCodeHashes.Redeem(stored, code);
        if (left is null)
        {
            return false;
        }
        await SetTokenAsync(user, TokenProvider, RecoveryCodesToken, left, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(PortalUser user, CancellationToken cancellationToken) =>
        RecoveryCodeHashes.Count(await GetTokenAsync(user, TokenProvider, RecoveryCodesToken, cancellationToken));

    internal const string ProtectedPrefix = "dp1:";

    internal string ProtectKey(string key) => ProtectedPrefix + keys.Protect(key);

    private string UnprotectKey(string stored) =>
        stored.StartsWith(ProtectedPrefix, StringComparison.Ordinal)
            ? keys.Unprotect(stored[ProtectedPrefix.Length..])
            : stored;
}

/// <summary>
/// Recovery codes as "pbkdf2-sha256:ITERATIONS:SALT:HASH,HASH,...": one salt per account, so checking a typed code
/// costs one derivation however many codes are left. The codes are random (about 47 bits each), and the iterations make
/// trying them all against a stolen database cost far more than the codes are worth.
/// </summary>
internal static class RecoveryCodeHashes
{
    private const string Scheme = "pbkdf2-sha256";
    public const string SchemePrefix = Scheme + ":";
    private const int Iterations = 100_000;

    public static bool IsHashed(string? stored) => stored?.StartsWith(SchemePrefix, StringComparison.Ordinal) == true;

    public static string Hash(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return Format(salt, Iterations, codes.Select(code => Derive(code, salt, Iterations)));
    }

    /// <summary>What to store once <paramref name="code"/> is used, or null when it is not one of the codes
    /// left.</summary>
    public static string? Redeem(string stored, string code)
    {
        if (!IsHashed(stored))
        {
            // Stored in plain text by an earlier version: the rest are hashed as this one is used.
            var plain = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
            return plain.Remove(code) ? Hash(plain) : null;
        }
        var parts = stored.Split(':');
        var iterations = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var salt = Convert.FromBase64String(parts[2]);
        var hashes = parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        var typed = Derive(code, salt, iterations);
        var match = hashes.FirstOrDefault(hash =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(typed))
        );
        return match is null ? null : Format(salt, iterations, hashes.Where(hash => hash != match));
    }

    public static int Count(string? stored) =>
        string.IsNullOrEmpty(stored) ? 0
        : IsHashed(stored) ? stored.Split(':')[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Length
        : stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Format(byte[] salt, int iterations, IEnumerable<string> hashes) =>
        $"{Scheme}:{iterations}:{Convert.ToBase64String(salt)}:{string.Join(',', hashes)}";

    private static string Derive(string code, byte[] salt, int iterations) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(code, salt, iterations, HashAlgorithmName.SHA256, 32));
}
