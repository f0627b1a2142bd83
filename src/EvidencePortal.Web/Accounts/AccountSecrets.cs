using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Converts second-factor secrets an earlier version stored in plain text: authenticator keys are encrypted and
/// recovery codes hashed, in place, so an upgraded store holds none in the clear. Idempotent; usually finds nothing.
/// </summary>
public static class AccountSecrets
{
    public static async Task ProtectStoredSecretsAsync(
        IServiceProvider services,
        ILogger log,
        CancellationToken cancellationToken = default
    )
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var store = ActivatorUtilities.CreateInstance<PortalUserStore>(services, db);
        var plain = await db
            .UserTokens.Where(t =>
                t.LoginProvider == PortalUserStore.TokenProvider
                && (
                    (
                        t.Name == PortalUserStore.AuthenticatorKeyToken
                        && !t.Value!.StartsWith(PortalUserStore.ProtectedPrefix)
                    )
                    || (
                        t.Name == PortalUserStore.RecoveryCodesToken
                        && !t.Value!.StartsWith(RecoveryCodeHashes.SchemePrefix)
                    )
                )
            )
            .ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            token.Value = token.Name == PortalUserStore.AuthenticatorKeyToken
                ? store.ProtectKey(token.Value ?? "")
                : RecoveryCodeHashes.Hash((token.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries));
        }
        if (plain.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            log.LogInformation(
                "Encrypted or hashed {Count} second-factor secrets stored in plain text by an earlier version",
                plain.Count
            );
        }
    }
}
