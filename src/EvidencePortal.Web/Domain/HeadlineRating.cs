namespace EvidencePortal.Web.Domain;

/// <summary>Which way the evidence for a topic points, overall.</summary>
public enum HeadlineDirection
{
    Positive,
    Mixed,
    NoEffect,
    Negative,
    Inconclusive,
}

/// <summary>How much confidence the studies behind a headline direction allow.</summary>
public enum EvidenceStrength
{
    High,
    Moderate,
    Low,
    Insufficient,
}

/// <summary>One study's contribution to a topic rating: its design and the direction of its social findings.</summary>
public sealed record StudyEvidence(string StudySlug, DesignCategory Design, EffectDirection SocialDirection);

/// <summary>How many studies of one design point in one direction (their social findings combined).</summary>
public sealed record EvidenceCount(DesignCategory Design, EffectDirection SocialDirection, int Studies);

/// <summary>A topic's headline rating and the numbers behind it, so the page can explain itself.</summary>
public sealed record HeadlineRating(
    HeadlineDirection Direction,
    EvidenceStrength Strength,
    int StudiesCounted,
    int ControlledStudiesCounted,
    bool UncontrolledOnly,
    string Reason,
    string? OverrideRationale = null)
{
    public bool IsOverridden => OverrideRationale is not null;

    public HeadlineRating WithOverride(HeadlineDirection direction, EvidenceStrength strength, string rationale) =>
        this with { Direction = direction, Strength = strength, OverrideRationale = rationale };
}

/// <summary>
/// The documented rule that turns study records into a headline rating. The rule text on the topic
/// page (Pages/Topics/_RatingRule.cshtml) describes exactly these steps: change both together.
/// </summary>
public static class HeadlineRatingRule
{
    /// <summary>Share of the counted studies that must agree for a single direction to be declared.</summary>
    public const double AgreementThreshold = 2.0 / 3.0;

    public static HeadlineRating Compute(IEnumerable<StudyEvidence> studies) =>
        Compute(studies.GroupBy(s => (s.Design, s.SocialDirection))
            .Select(g => new EvidenceCount(g.Key.Design, g.Key.SocialDirection, g.Count())));

    /// <summary>The same rule over studies already counted by design and direction (as the store aggregates
    /// them).</summary>
    public static HeadlineRating Compute(IEnumerable<EvidenceCount> counts)
    {
        var known = counts.Where(c => c.SocialDirection != EffectDirection.Unclear && c.Studies > 0).ToList();
        var controlled = known.Where(c => c.Design.IsControlled()).ToList();
        var controlledCount = controlled.Sum(c => c.Studies);
        var uncontrolledOnly = controlledCount == 0;
        var counted = uncontrolledOnly ? known : controlled;
        var countedTotal = counted.Sum(c => c.Studies);

        if (countedTotal < 2)
        {
            return new(HeadlineDirection.Inconclusive, EvidenceStrength.Insufficient, countedTotal, controlledCount,
                uncontrolledOnly, countedTotal == 0
                    ? "No study reports a clear direction on social outcomes."
                    : "Only one study with a clear direction on social outcomes can be counted.");
        }

        var (leading, agreeing) = counted.GroupBy(c => c.SocialDirection)
            .Select(g => (Direction: g.Key, Count: g.Sum(c => c.Studies)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Direction)
            .First();

        if ((double)agreeing / countedTotal < AgreementThreshold)
        {
            return countedTotal >= 3
                ? new(HeadlineDirection.Mixed, EvidenceStrength.Low, countedTotal, controlledCount, uncontrolledOnly,
                    $"The {countedTotal} counted studies point in different directions.")
                : new(HeadlineDirection.Inconclusive, EvidenceStrength.Insufficient, countedTotal, controlledCount,
                    uncontrolledOnly, "The two counted studies disagree.");
        }

        var direction = leading switch
        {
            EffectDirection.Positive => HeadlineDirection.Positive,
            EffectDirection.NoEffect => HeadlineDirection.NoEffect,
            EffectDirection.Negative => HeadlineDirection.Negative,
            _ => HeadlineDirection.Mixed,
        };
        var reason = $"{agreeing} of the {countedTotal} counted studies agree.";
        return new(direction, Strength(direction, uncontrolledOnly, counted, leading), countedTotal,
            controlledCount, uncontrolledOnly, reason);
    }

    private static EvidenceStrength Strength(
        HeadlineDirection direction, bool uncontrolledOnly, List<EvidenceCount> counted, EffectDirection leading)
    {
        if (uncontrolledOnly || direction == HeadlineDirection.Mixed)
        {
            return EvidenceStrength.Low;
        }
        var agreeing = counted.Where(c => c.SocialDirection == leading).ToList();
        var reviews = agreeing.Where(c => c.Design == DesignCategory.SystematicReview).Sum(c => c.Studies);
        return agreeing.Sum(c => c.Studies) >= 4 && reviews >= 2 ? EvidenceStrength.High : EvidenceStrength.Moderate;
    }

    /// <summary>
    /// A study's findings taken together from which known directions occur among them: the one direction
    /// when only one does, mixed when several do, unclear when none does (as <see cref="CombineSocialDirections"/>).
    /// </summary>
    public static EffectDirection Combine(bool positive, bool mixed, bool noEffect, bool negative)
    {
        var known = (positive ? 1 : 0) + (mixed ? 1 : 0) + (noEffect ? 1 : 0) + (negative ? 1 : 0);
        return known switch
        {
            0 => EffectDirection.Unclear,
            > 1 => EffectDirection.Mixed,
            _ => positive ? EffectDirection.Positive : mixed ? EffectDirection.Mixed
                : noEffect ? EffectDirection.NoEffect : EffectDirection.Negative,
        };
    }

    /// <summary>
    /// One study may report several social findings for a topic; they count once, as their common
    /// direction, or as mixed when they differ.
    /// </summary>
    public static EffectDirection CombineSocialDirections(IEnumerable<EffectDirection> directions)
    {
        var known = directions.Where(d => d != EffectDirection.Unclear).Distinct().ToList();
        return known.Count switch
        {
            0 => EffectDirection.Unclear,
            1 => known[0],
            _ => EffectDirection.Mixed,
        };
    }
}

public static class HeadlineText
{
    public static string Label(this HeadlineDirection direction) => direction switch
    {
        HeadlineDirection.Positive => "Positive",
        HeadlineDirection.Mixed => "Mixed",
        HeadlineDirection.NoEffect => "No effect",
        HeadlineDirection.Negative => "Negative",
        _ => "Inconclusive",
    };

    public static string Label(this EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.High => "High",
        EvidenceStrength.Moderate => "Moderate",
        EvidenceStrength.Low => "Low",
        _ => "Insufficient",
    };
}
