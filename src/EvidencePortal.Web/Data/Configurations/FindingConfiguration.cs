using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

public sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasOne(e => e.Outcome).WithMany().HasForeignKey(e => e.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.InterventionId, e.OutcomeId });
        builder.HasIndex(e => e.Direction);
        // The API lists findings study by study in their order, paging through this index.
        builder.HasIndex(e => new { e.StudyId, e.Order, e.Id });
    }
}
