using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
/// What a copy of the database gives away: recovery codes only as hashes, authenticator keys only encrypted, and the
/// Data Protection keys that encrypt them encrypted in turn with the operator's certificate when one is configured.
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

    [Theory]
    [InlineData("pfx")]
    [InlineData("pem")]
    public async Task DataProtectionKeys_AreEncryptedWithTheConfiguredCertificate_AndReadBackAfterARestart(
        string format
    )
    {
        var database = Path.Combine(folder, "portal.db");
        var email = $"cert-{Guid.NewGuid():N}@example.org";
        string? key;
        using (
            var first = WithCertificate(new AccountPortal(), format)
                .With("ConnectionStrings:Portal", $"Data Source={database}")
        )
        {
            key = await EditorSession.CreateAccountAsync(first, email, Roles.Editor, twoFactor: true);
            await using var db = first.NewDbContext();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("EncryptedData", xml));
            Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml));
        }
        SqliteConnection.ClearAllPools();

        using var restarted = WithCertificate(new AccountPortal(), format)
            .With("ConnectionStrings:Portal", $"Data Source={database}");
        await EditorSession.SignInClientAsync(
            EditorSession.NewClient(restarted),
            email,
            EditorSession.DefaultPassword,
            key
        );
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredAsTheyAre_WithoutACertificate()
    {
        using var portal = new AccountPortal();
        await EditorSession.CreateAccountAsync(
            portal,
            $"plain-{Guid.NewGuid():N}@example.org",
            Roles.Editor,
            twoFactor: true
        );

        await using var db = portal.NewDbContext();
        Assert.All(await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(), xml =>
            Assert.Contains("<value>", xml)
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

    private PortalFactory WithCertificate(PortalFactory portal, string format)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            "CN=EvidencePortal key encryption (test)",
            rsa,
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        using var certificate = request.CreateSelfSigned(
            DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(1)
        );
        var path = Path.Combine(folder, "keys." + format);
        if (!File.Exists(path))
        {
            if (format == "pfx")
            {
                File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, "a test password"));
            }
            else
            {
                File.WriteAllText(path, certificate.ExportCertificatePem());
                File.WriteAllText(path + ".key", rsa.ExportPkcs8PrivateKeyPem());
            }
        }
        portal.With($"{KeyProtection.Section}:CertificatePath", path);
        return format == "pfx"
            ? portal.With($"{KeyProtection.Section}:CertificatePassword", "a test password")
            : portal.With($"{KeyProtection.Section}:PrivateKeyPath", path + ".key");
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
