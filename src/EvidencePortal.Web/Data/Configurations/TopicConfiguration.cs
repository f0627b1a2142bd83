using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.MapPublishable();
        builder.Property(e => e.Slug).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.KeyMessage).HasMaxLength(1000);
        builder.Property(e => e.OverrideRationale).HasMaxLength(4000);
        builder
            .HasMany(e => e.Interventions)
            .WithOne(i => i.Topic)
            .HasForeignKey(i => i.TopicId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
