using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Identity's authenticator check (RFC 6238 through Otp.NET: 30-second steps, codes from up to 60 seconds either side),
/// except that each code works once (ASVS 2.8.4). Identity's own provider accepts the same code again for about
/// 90 seconds, so a code read over a shoulder or captured by a look-alike page could be replayed with the password.
/// The last step used is kept with the account (Identity's user-tokens table, beside the key) and a code from that
/// step or an earlier one is refused. It is written as compare-and-swap on the value read, so of two requests carrying
/// the same code at the same instant exactly one succeeds, on either engine, whether or not a step was stored before.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(PortalDbContext db) : AuthenticatorTokenProvider<PortalUser>
{
    public const string ProviderName = "PortalAuthenticator";

    private const string StoreProvider = "[PortalAuthenticator]";
    private const string LastStepName = "LastUsedStep";
    private static readonly VerificationWindow EitherSide = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(
        string purpose,
        string token,
        UserManager<PortalUser> manager,
        PortalUser user
    )
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(token, out var matched, EitherSide))
        {
            return false;
        }

        // The key's fingerprint goes with the step, so a new key (set up again) starts afresh.
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8);
        var stored = await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == user.Id && t.LoginProvider == StoreProvider && t.Name == LastStepName)
            .Select(t => t.Value).SingleOrDefaultAsync();
        if (stored?.Split(':') is [var usedWith, var usedStep] && usedWith == fingerprint
            && long.TryParse(usedStep, CultureInfo.InvariantCulture, out var lastStep) && matched <= lastStep)
        {
            return false;
        }
        var value = string.Create(CultureInfo.InvariantCulture, $"{fingerprint}:{matched}");
        if (stored is not null)
        {
            return await db
                    .UserTokens.Where(t =>
                        t.UserId == user.Id
                        && t.LoginProvider == StoreProvider
                        && t.Name == LastStepName
                        && t.Value == stored
                    )
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, value)) == 1;
        }
        var first = db.UserTokens.Add(
            new IdentityUserToken<string>
            {
                UserId = user.Id,
                LoginProvider = StoreProvider,
                Name = LastStepName,
                Value = value,
            }
        );
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            // The same code (or another) was used first by a request at the same instant.
            return false;
        }
        finally
        {
            first.State = EntityState.Detached;
        }
    }
}
