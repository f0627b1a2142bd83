using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvidencePortal.Web.Data.Configurations;

internal static class PublishableRecordMapping
{
    /// <summary>
    /// Shared columns of every editable record. Slugs are unique among live rows only, so a draft
    /// can carry the same slug as the record it will replace.
    /// </summary>
    public static void MapPublishable<T>(this EntityTypeBuilder<T> entity, string? uniqueSlugColumn = "Slug")
        where T : PublishableRecord
    {
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.HasIndex(e => e.Status);
        // At most one pending draft per live record: a second editor's concurrent first save fails here.
        entity.HasIndex(e => e.DraftOfId).IsUnique();
        entity.HasOne<T>().WithMany().HasForeignKey(e => e.DraftOfId).OnDelete(DeleteBehavior.Cascade);
        if (uniqueSlugColumn is not null)
        {
            entity.HasIndex(uniqueSlugColumn).IsUnique().HasFilter("\"DraftOfId\" IS NULL");
        }
    }
}
