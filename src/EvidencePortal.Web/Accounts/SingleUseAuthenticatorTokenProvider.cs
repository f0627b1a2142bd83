using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Identity's authenticator check (RFC 6238: HMAC-SHA1, 30-second steps, codes from up to 60 seconds either side),
/// except that each code works once (ASVS 2.8.4). Identity's own provider accepts the same code again for about
/// 90 seconds, so a code read over a shoulder or captured by a look-alike page could be replayed with the password.
/// The last step used is kept with the account (Identity's user-tokens table, beside the key) and a code from that
/// step or an earlier one is refused. Two requests carrying the same code at the same instant can still both pass.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider : AuthenticatorTokenProvider<PortalUser>
{
    public const string ProviderName = "PortalAuthenticator";

    private const string StoreProvider = "[PortalAuthenticator]";
    private const string LastStepName = "LastUsedStep";
    private const int StepSeconds = 30;
    private const int StepsEitherSide = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }
        var secret = FromBase32(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - StepsEitherSide; step <= now + StepsEitherSide; step++)
        {
            if (Code(secret, step) == code)
            {
                matched = step;
            }
        }
        if (matched is null)
        {
            return false;
        }

        // The key's fingerprint goes with the step, so a new key (set up again) starts afresh.
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8);
        var last = (await manager.GetAuthenticationTokenAsync(user, StoreProvider, LastStepName))?.Split(':');
        if (last is [var usedWith, var usedStep] && usedWith == fingerprint
            && long.TryParse(usedStep, CultureInfo.InvariantCulture, out var lastStep) && matched <= lastStep)
        {
            return false;
        }
        var saved = await manager.SetAuthenticationTokenAsync(user, StoreProvider, LastStepName,
            string.Create(CultureInfo.InvariantCulture, $"{fingerprint}:{matched}"));
        return saved.Succeeded;
    }

    private static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 here.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
    }

    /// <summary>The key as Identity stores it: base32 (RFC 4648), upper case, no padding.</summary>
    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
