using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Publishing;

/// <summary>
/// Keeps <see cref="StudyCell"/>, <see cref="StudyTopic"/> and <see cref="StudyReview"/> in step with the live
/// findings. Every change the public sees calls <see cref="RefreshAsync"/> in the transaction that saves it, so
/// counts never disagree with the findings, on any instance. A refresh recomputes the studies a change can reach
/// from the findings themselves (never by adding or subtracting), so running it twice, or after any path that changed
/// them, puts them right.
/// </summary>
public static class EvidenceSummary
{
    private const int ChunkSize = 1000;

    /// <summary>The studies a published change of one record can reach: the study itself, or every study with a
    /// finding on (or counted under) a topic, intervention or outcome.</summary>
    public static async Task RefreshAsync(
        PortalDbContext db, string entityType, int key, CancellationToken cancellationToken)
    {
        var studies = entityType switch
        {
            "Study" => db.Studies.Where(s => s.Id == key).Select(s => s.Id),
            "Topic" => db.Findings.Where(f => f.Intervention!.TopicId == key).Select(f => f.StudyId)
                .Union(db.StudyTopics.Where(t => t.TopicId == key).Select(t => t.StudyId)),
            "Intervention" => db.Findings.Where(f => f.InterventionId == key).Select(f => f.StudyId)
                .Union(db.StudyCells.Where(c => c.InterventionId == key).Select(c => c.StudyId)),
            "Outcome" => db.Findings.Where(f => f.OutcomeId == key).Select(f => f.StudyId)
                .Union(db.StudyCells.Where(c => c.OutcomeId == key).Select(c => c.StudyId)),
            _ => db.Studies.Where(s => false).Select(s => s.Id),
        };
        await RefreshStudiesAsync(db, await studies.Distinct().ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Recomputes everything: after a content import, or when start-up finds it out of step.</summary>
    public static async Task<int> RebuildAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.StudyCells.ExecuteDeleteAsync(cancellationToken);
        await db.StudyTopics.ExecuteDeleteAsync(cancellationToken);
        await db.StudyReviews.ExecuteDeleteAsync(cancellationToken);
        await InsertAsync(db, null, cancellationToken);
        return await db.StudyTopics.Select(t => t.StudyId).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the summary counts what the findings hold: the same studies and the same number of findings. Cheap
    /// enough for start-up, and what catches a store written by other means (a restored backup, a bulk load).
    /// </summary>
    public static async Task<bool> IsInStepAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var live = db.Findings.Live();
        var findings = await live.CountAsync(cancellationToken);
        var studies = await live.Select(f => f.StudyId).Distinct().CountAsync(cancellationToken);
        var counted = await db.StudyCells.SumAsync(c => (int?)c.Findings, cancellationToken) ?? 0;
        var countedStudies = await db.StudyTopics.Select(t => t.StudyId).Distinct().CountAsync(cancellationToken);
        return findings == counted && studies == countedStudies;
    }

    public static async Task RefreshStudiesAsync(
        PortalDbContext db, IReadOnlyList<int> studyIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in studyIds.Chunk(ChunkSize))
        {
            await db.StudyCells.Where(c => chunk.Contains(c.StudyId)).ExecuteDeleteAsync(cancellationToken);
            await db.StudyTopics.Where(t => chunk.Contains(t.StudyId)).ExecuteDeleteAsync(cancellationToken);
            await db.StudyReviews.Where(r => chunk.Contains(r.StudyId)).ExecuteDeleteAsync(cancellationToken);
            await InsertAsync(db, chunk, cancellationToken);
        }
    }

    /// <summary>
    /// Three INSERT ... SELECTs, in SQL both engines read alike, so the store does the work in one pass however many
    /// studies there are (100,000 in seconds, where saving them row by row through EF took half a minute). The
    /// combining rule is <see cref="HeadlineRatingRule.Combine"/>'s, written in SQL; a test holds the two equal.
    /// Study ids are written into the statement as numbers, as they come from the store's own integer keys.
    /// </summary>
    private static async Task InsertAsync(PortalDbContext db, int[]? studyIds, CancellationToken cancellationToken)
    {
        var only = studyIds is null ? "" : $"AND f.\"StudyId\" IN ({string.Join(",", studyIds)})";
        var onlyCells = studyIds is null ? "" : $"WHERE c.\"StudyId\" IN ({string.Join(",", studyIds)})";
        await db.Database.ExecuteSqlRawAsync(EvidenceSummarySql.Cells.Replace("/*only*/", only), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            EvidenceSummarySql.Topics.Replace("/*only*/", onlyCells), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            EvidenceSummarySql.Reviews.Replace("/*only*/", onlyCells), cancellationToken);
    }
}
