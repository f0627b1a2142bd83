using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class StudyConfiguration : IEntityTypeConfiguration<Study>
{
    public void Configure(EntityTypeBuilder<Study> builder)
    {
        builder.MapPublishable();
        builder.Property(e => e.Slug).HasMaxLength(150);
        builder.Property(e => e.Authors).HasMaxLength(2000);
        builder.Property(e => e.AuthorsNote).HasMaxLength(2000);
        builder.Property(e => e.Title).HasMaxLength(1000);
        builder.Property(e => e.Journal).HasMaxLength(500);
        builder.Property(e => e.VolumeIssuePages).HasMaxLength(100);
        builder.Property(e => e.Doi).HasMaxLength(200);
        builder.Property(e => e.Design).HasMaxLength(500);
        builder.Property(e => e.Country).HasMaxLength(200);
        builder.Property(e => e.Setting).HasMaxLength(1000);
        builder.Property(e => e.SampleSize).HasMaxLength(500);
        builder.Property(e => e.Population).HasMaxLength(2000);
        builder.Property(e => e.Verification).HasMaxLength(50);
        builder.HasIndex(e => e.Year);
        builder.HasIndex(e => e.DesignCategory);
        builder.HasIndex(e => e.Country);
        // The public list's orders (by authors, by year), its list of countries, and counts by design or country, all
        // read from an index without visiting the studies themselves.
        builder.HasIndex(e => new { e.Status, e.Authors, e.Year, e.Id });
        builder.HasIndex(e => new { e.Status, e.Year, e.Authors, e.Id });
        builder.HasIndex(e => new { e.Status, e.Country });
        builder.HasIndex(e => new { e.Status, e.DesignCategory });
        // The API lists studies by year and address; the feed the newest published.
        builder.HasIndex(e => new { e.Status, e.Year, e.Slug });
        builder.HasIndex(e => new { e.Status, e.PublishedAt, e.Id });
        builder.HasIndex(e => e.Doi);
        builder
            .HasMany(e => e.Findings)
            .WithOne(f => f.Study)
            .HasForeignKey(f => f.StudyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
