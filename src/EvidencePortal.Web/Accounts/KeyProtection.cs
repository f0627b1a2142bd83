using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Encrypts the Data Protection keys (sessions, antiforgery, authenticator keys) where they are stored, in the
/// database, with a certificate the operator names in Security:KeyEncryption: a PKCS#12 file (.pfx/.p12, with its
/// password) or a PEM certificate with its PEM private key. Without one the keys are stored as they are, so a copy
/// of the database is enough to read the secrets they protect: outside Development the portal says so at start-up.
/// </summary>
public static class KeyProtection
{
    public const string Section = "Security:KeyEncryption";

    public sealed class Options
    {
        public string? CertificatePath { get; set; }
        public string? CertificatePassword { get; set; }
        public string? PrivateKeyPath { get; set; }
    }

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(
        this IDataProtectionBuilder builder,
        IConfiguration configuration
    )
    {
        var options = configuration.GetSection(Section).Get<Options>();
        if (!string.IsNullOrWhiteSpace(options?.CertificatePath))
        {
            // Also registers it for decryption, so no certificate store is needed on Linux.
            builder.ProtectKeysWithCertificate(Load(options));
        }
        builder.Services.AddHostedService<Notice>();
        return builder;
    }

    private static X509Certificate2 Load(Options options)
    {
        var path = options.CertificatePath!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}:CertificatePath names '{path}', which does not exist.");
        }
        var certificate = string.IsNullOrWhiteSpace(options.PrivateKeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(path, options.PrivateKeyPath);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException(
                $"The certificate in {Section}:CertificatePath has no private key, "
                    + "so keys it encrypted could not be read back."
            );
    }

    private sealed class Notice(IConfiguration configuration, IHostEnvironment environment, ILogger<Notice> log)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(configuration[$"{Section}:CertificatePath"]) && !environment.IsDevelopment())
            {
                log.LogWarning(
                    "Data Protection keys are stored unencrypted in the database: anyone with a copy of it can read "
                        + "sessions and authenticator keys. "
                        + "Name a certificate in {Setting} (see README, Configuration)",
                    $"{Section}:CertificatePath"
                );
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
