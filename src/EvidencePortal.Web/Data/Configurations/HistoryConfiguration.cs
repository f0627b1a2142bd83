using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(30);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Number }).IsUnique();
        // The public change logs count, filter and order a topic's or review's revisions by these alone, so at
        // 100,000 studies they read this index and never the revisions with their snapshots.
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Number, e.Action, e.At });
        builder.HasIndex(e => e.At);
    }
}

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(30);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.Action);
    }
}

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.Format).HasMaxLength(10);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Error).HasMaxLength(2000);
    }
}
