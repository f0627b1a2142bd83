using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Accounts;

/// <summary>
/// What a copy of the database gives away: recovery codes only as hashes, authenticator keys only encrypted (with the
/// Data Protection keys of <see cref="KeyProtectionTests"/>), also when an earlier version stored them in plain text.
/// </summary>
public sealed class SecretsAtRestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-secrets-").FullName;

    [Fact]
    public async Task RecoveryCodes_AreStoredAsHashes_AndEachStillWorksOnce()
    {
        using var portal = new AccountPortal();
        var email = $"codes-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        var codes = await WithUserAsync(portal, email, (users, user) =>
            users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10)
        );

        var stored = await StoredTokenAsync(portal, email, PortalUserStore.RecoveryCodesToken);

        Assert.Equal(10, codes!.Count());
        Assert.StartsWith("pbkdf2-sha256:", stored);
        Assert.All(codes!, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
        Assert.All(codes!, code =>
            Assert.DoesNotContain(code.Replace("-", ""), stored, StringComparison.OrdinalIgnoreCase)
        );
        Assert.True(
            await WithUserAsync(portal, email, async (users, user) =>
                (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes!.First())).Succeeded
            )
        );
        Assert.False(
            await WithUserAsync(portal, email, async (users, user) =>
                (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes!.First())).Succeeded
            )
        );
        Assert.Equal(9, await WithUserAsync(portal, email, (users, user) => users.CountRecoveryCodesAsync(user)));
    }

    [Fact]
    public async Task AuthenticatorKey_IsStoredEncrypted_AndSignInWithItsCodesWorks()
    {
        using var portal = new AccountPortal();
        var email = $"key-{Guid.NewGuid():N}@example.org";
        var key = await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);

        var stored = await StoredTokenAsync(portal, email, PortalUserStore.AuthenticatorKeyToken);

        Assert.DoesNotContain(key!, stored, StringComparison.OrdinalIgnoreCase);
        await EditorSession.SignInClientAsync(
            EditorSession.NewClient(portal),
            email,
            EditorSession.DefaultPassword,
            key
        );
    }

    [Fact]
    public async Task SecretsStoredInPlainTextByAnEarlierVersion_AreProtectedAtStartUp_AndStillWork()
    {
        var database = Path.Combine(folder, "portal.db");
        var email = $"legacy-{Guid.NewGuid():N}@example.org";
        const string legacyKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        string[] legacyCodes = ["BCDFG-HJKMN", "PQRTV-WXY23"];
        using (var old = new AccountPortal().With("ConnectionStrings:Portal", $"Data Source={database}"))
        {
            await EditorSession.CreateAccountAsync(old, email, Roles.Editor, twoFactor: true);
            await using var db = old.NewDbContext();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync();
            db.UserTokens.AddRange(
                new IdentityUserToken<string>
                {
                    UserId = userId,
                    LoginProvider = PortalUserStore.TokenProvider,
                    Name = PortalUserStore.AuthenticatorKeyToken,
                    Value = legacyKey,
                },
                new IdentityUserToken<string>
                {
                    UserId = userId,
                    LoginProvider = PortalUserStore.TokenProvider,
                    Name = PortalUserStore.RecoveryCodesToken,
                    Value = string.Join(';', legacyCodes),
                }
            );
            await db.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();

        using var upgraded = new AccountPortal().With("ConnectionStrings:Portal", $"Data Source={database}");
        upgraded.CreateClient();

        Assert.DoesNotContain(
            legacyKey,
            await StoredTokenAsync(upgraded, email, PortalUserStore.AuthenticatorKeyToken)
        );
        var codes = await StoredTokenAsync(upgraded, email, PortalUserStore.RecoveryCodesToken);
        Assert.StartsWith("pbkdf2-sha256:", codes);
        Assert.DoesNotContain(legacyCodes[0], codes);
        await EditorSession.SignInClientAsync(
            EditorSession.NewClient(upgraded),
            email,
            EditorSession.DefaultPassword,
            legacyKey
        );
        Assert.True(
            await WithUserAsync(upgraded, email, async (users, user) =>
                (await users.RedeemTwoFactorRecoveryCodeAsync(user, legacyCodes[1])).Succeeded
            )
        );
    }

    private static async Task<string> StoredTokenAsync(PortalFactory portal, string email, string name)
    {
        await using var db = portal.NewDbContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (await db.UserTokens.SingleAsync(t => t.UserId == userId && t.Name == name)).Value!;
    }

    private static async Task<T> WithUserAsync<T>(
        PortalFactory portal,
        string email,
        Func<UserManager<PortalUser>, PortalUser, Task<T>> action
    )
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await action(users, (await users.FindByEmailAsync(email))!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
