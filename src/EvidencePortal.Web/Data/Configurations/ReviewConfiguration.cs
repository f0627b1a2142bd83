using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.MapPublishable();
        builder.Property(e => e.Slug).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(400);
        builder.Property(e => e.ShortTitle).HasMaxLength(150);
        builder.Property(e => e.Authors).HasMaxLength(400);
        builder.Property(e => e.Publisher).HasMaxLength(400);
        builder.Property(e => e.CommissionedBy).HasMaxLength(400);
        builder.Property(e => e.Scope).HasMaxLength(2000);
        builder.Property(e => e.KeyMessage).HasMaxLength(1000);
        builder
            .HasMany(e => e.Topics)
            .WithOne(t => t.Review)
            .HasForeignKey(t => t.ReviewId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
