using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EvidencePortal.Tests;

/// <summary>
/// The code an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) for a key as the
/// portal shows it ("abcd efgh ..."), so tests can enrol and sign in the way a person with a phone does.
/// </summary>
public static class Totp
{
    public static string Code(string key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1 here.
        var hash = HMACSHA1.HashData(Base32(key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly Dictionary<string, long> LastStepHandedOut = [];

    /// <summary>
    /// A code the portal has not accepted yet for this key: each code works once, so signing the same account in
    /// again takes the next step's code (the portal accepts codes up to a minute early), or waits for it as a
    /// person would. Use this for every code meant to succeed; <see cref="Code"/> for codes meant to be refused.
    /// </summary>
    public static async Task<string> UnusedCodeAsync(string key)
    {
        var id = new string(key.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')).ToArray());
        long step;
        lock (LastStepHandedOut)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            step = Math.Max(now, LastStepHandedOut.GetValueOrDefault(id, long.MinValue + 1) + 1);
            LastStepHandedOut[id] = step;
        }
        while (step > DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + 1)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return Code(key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    private static byte[] Base32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
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
