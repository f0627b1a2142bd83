using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Accounts;

/// <summary>
/// The Data Protection keys (which encrypt sessions, antiforgery tokens and authenticator keys) as a copy of the
/// database holds them: encrypted in turn with the operator's certificate when one is configured, else as they are.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-secrets-").FullName;

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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
