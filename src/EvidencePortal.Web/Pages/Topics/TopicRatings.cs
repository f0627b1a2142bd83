using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

/// <summary>Headline ratings for several topics from one aggregate query over their published studies' social
/// findings.</summary>
public static class TopicRatings
{
    /// <param name="applyOverrides">False when the caller applies the override of the row it shows (a draft
    /// preview).</param>
    public static async Task<Dictionary<int, HeadlineRating>> ForTopicsAsync(
        PortalDbContext db,
        IReadOnlyCollection<int> topicIds,
        CancellationToken cancellationToken,
        bool applyOverrides = true
    )
    {
        // Each study's social findings in a topic are already reduced to one direction (Publishing/EvidenceSummary):
        // studies are counted by design and direction through one index, however many studies there are.
        var counts = await db.StudyTopics.AsNoTracking()
            .Where(t => topicIds.Contains(t.TopicId) && t.SocialDirection != null)
            .GroupBy(t => new { t.TopicId, t.DesignCategory, t.SocialDirection })
            .Select(g => new { g.Key.TopicId, g.Key.DesignCategory, Direction = g.Key.SocialDirection!.Value,
                Studies = g.Count() })
            .ToListAsync(cancellationToken);
        var overrides = await db.Topics.AsNoTracking()
            .Where(t => applyOverrides && topicIds.Contains(t.Id) && t.OverrideRationale != null)
            .Select(t => new { t.Id, t.OverrideDirection, t.OverrideStrength, t.OverrideRationale })
            .ToListAsync(cancellationToken);

        var ratings = topicIds.ToDictionary(
            id => id,
            id =>
            {
                var evidence = counts
                    .Where(c => c.TopicId == id)
                    .Select(c => new EvidenceCount(c.DesignCategory, c.Direction, c.Studies));
                return HeadlineRatingRule.Compute(evidence);
            }
        );
        foreach (var o in overrides)
        {
            if (o.OverrideDirection is { } direction && o.OverrideStrength is { } strength)
            {
                ratings[o.Id] = ratings[o.Id].WithOverride(direction, strength, o.OverrideRationale!);
            }
        }
        return ratings;
    }
}
