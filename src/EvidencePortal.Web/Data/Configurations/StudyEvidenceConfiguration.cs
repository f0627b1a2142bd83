using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class StudyCellConfiguration : IEntityTypeConfiguration<StudyCell>
{
    public void Configure(EntityTypeBuilder<StudyCell> builder)
    {
        builder.HasKey(e => new { e.StudyId, e.InterventionId, e.OutcomeId });
        builder.HasOne<Study>().WithMany().HasForeignKey(e => e.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(e => e.InterventionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(e => e.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Topic>().WithMany().HasForeignKey(e => e.TopicId).OnDelete(DeleteBehavior.Cascade);
        // The map counts cells by intervention, outcome and direction, narrowed by design and year: all in one index,
        // so counting never visits the table.
        builder.HasIndex(e => new { e.InterventionId, e.OutcomeId, e.Direction, e.DesignCategory, e.Year });
        // The studies list finds a topic's or an outcome's studies from here, and counts studies by direction.
        builder.HasIndex(e => new { e.StudyId, e.Directions });
        builder.HasIndex(e => new { e.TopicId, e.StudyId });
        builder.HasIndex(e => new { e.OutcomeId, e.StudyId });
    }
}

public sealed class StudyTopicConfiguration : IEntityTypeConfiguration<StudyTopic>
{
    public void Configure(EntityTypeBuilder<StudyTopic> builder)
    {
        builder.HasKey(e => new { e.StudyId, e.TopicId });
        builder.HasOne<Study>().WithMany().HasForeignKey(e => e.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Topic>().WithMany().HasForeignKey(e => e.TopicId).OnDelete(DeleteBehavior.Cascade);
        // Ratings count by topic, design and direction; the review's figures add up findings by topic.
        builder.HasIndex(e => new
        {
            e.TopicId, e.SocialDirection, e.DesignCategory, e.Findings, e.QualitativeFindings,
        });
        builder.HasIndex(e => new { e.TopicId, e.StudyId });
    }
}

public sealed class StudyReviewConfiguration : IEntityTypeConfiguration<StudyReview>
{
    public void Configure(EntityTypeBuilder<StudyReview> builder)
    {
        builder.HasKey(e => new { e.StudyId, e.ReviewId });
        builder.Property(e => e.Country).HasMaxLength(200);
        builder.HasOne<Study>().WithMany().HasForeignKey(e => e.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Review>().WithMany().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ReviewId, e.DesignCategory, e.Country, e.Year });
    }
}
