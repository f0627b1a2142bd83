using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Topics;

/// <summary>Headline ratings for several topics from one query over their published social findings.</summary>
public static class TopicRatings
{
    /// <param name="applyOverrides">False when the caller applies the override of the row it shows (a draft preview).</param>
    public static async Task<Dictionary<int, HeadlineRating>> ForTopicsAsync(
        PortalDbContext db, IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken, bool applyOverrides = true)
    {
        var findings = await db.Findings.AsNoTracking().Live()
            .Where(f => topicIds.Contains(f.Intervention!.TopicId) && f.Outcome!.IsSocial)
            .Select(f => new { f.Intervention!.TopicId, f.Study!.Slug, f.Study.DesignCategory, f.Direction })
            .ToListAsync(cancellationToken);
        var overrides = await db.Topics.AsNoTracking()
            .Where(t => applyOverrides && topicIds.Contains(t.Id) && t.OverrideRationale != null)
            .Select(t => new { t.Id, t.OverrideDirection, t.OverrideStrength, t.OverrideRationale })
            .ToListAsync(cancellationToken);

        var ratings = topicIds.ToDictionary(id => id, id =>
        {
            var evidence = findings.Where(f => f.TopicId == id)
                .GroupBy(f => (f.Slug, f.DesignCategory))
                .Select(g => new StudyEvidence(g.Key.Slug, g.Key.DesignCategory,
                    HeadlineRatingRule.CombineSocialDirections(g.Select(f => f.Direction))));
            return HeadlineRatingRule.Compute(evidence);
        });
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
