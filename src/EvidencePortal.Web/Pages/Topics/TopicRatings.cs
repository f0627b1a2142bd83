using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

/// <summary>Headline ratings for several topics from one aggregate query over their published social
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
        // Counted in the store, not in memory: each study's social findings for a topic reduce to which
        // directions occur among them, then studies are counted by design and combined direction. A few
        // dozen rows come back however many studies there are.
        var counts = await db.Findings.AsNoTracking().Live()
            .Where(f => topicIds.Contains(f.Intervention!.TopicId) && f.Outcome!.IsSocial)
            .GroupBy(f => new { f.Intervention!.TopicId, f.StudyId, f.Study!.DesignCategory })
            .Select(g => new
            {
                g.Key.TopicId,
                g.Key.DesignCategory,
                Positive = g.Max(f => f.Direction == EffectDirection.Positive ? 1 : 0),
                Mixed = g.Max(f => f.Direction == EffectDirection.Mixed ? 1 : 0),
                NoEffect = g.Max(f => f.Direction == EffectDirection.NoEffect ? 1 : 0),
                Negative = g.Max(f => f.Direction == EffectDirection.Negative ? 1 : 0),
            })
            .GroupBy(s => new { s.TopicId, s.DesignCategory, s.Positive, s.Mixed, s.NoEffect, s.Negative })
            .Select(g => new { g.Key, Studies = g.Count() })
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
                    .Where(c => c.Key.TopicId == id)
                    .Select(c => new EvidenceCount(
                        c.Key.DesignCategory,
                        HeadlineRatingRule.Combine(
                            c.Key.Positive == 1,
                            c.Key.Mixed == 1,
                            c.Key.NoEffect == 1,
                            c.Key.Negative == 1
                        ),
                        c.Studies
                    ));
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
