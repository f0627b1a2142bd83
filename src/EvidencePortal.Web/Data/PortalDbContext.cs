using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Data;

/// <summary>
/// The portal's store: the evidence model and the editors' accounts, in one database.
/// SQLite by default; <see cref="PostgresPortalDbContext"/> carries the PostgreSQL migrations.
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options) : base(options) { }

    protected PortalDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<Study> Studies => Set<Study>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    /// <summary>Derived from the live findings, kept in step on every publish (Publishing/EvidenceSummary).</summary>
    public DbSet<StudyCell> StudyCells => Set<StudyCell>();
    public DbSet<StudyTopic> StudyTopics => Set<StudyTopic>();
    public DbSet<StudyReview> StudyReviews => Set<StudyReview>();

    /// <summary>Cookie and antiforgery keys live with the data, so every instance and restart shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.StudyConfiguration).Namespace);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text keep the store readable and survive reordering of enum members.
        configurationBuilder.Properties<EffectDirection>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<FindingKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DesignCategory>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PublicationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<HeadlineDirection>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EvidenceStrength>().HaveConversion<string>().HaveMaxLength(20);
    }
}
