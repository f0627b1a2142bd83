using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.MapPublishable();
        builder.Property(e => e.Slug).HasMaxLength(100);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder
            .HasMany(e => e.Findings)
            .WithOne(f => f.Intervention)
            .HasForeignKey(f => f.InterventionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
