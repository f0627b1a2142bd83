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

    public static HeadlineRating Compute(IEnumerable<StudyEvidence> studies)
    {
        var known = studies.Where(s => s.SocialDirection != EffectDirection.Unclear).ToList();
        var controlled = known.Where(s => s.Design.IsControlled()).ToList();
        var uncontrolledOnly = controlled.Count == 0;
        var counted = uncontrolledOnly ? known : controlled;

        if (counted.Count < 2)
        {
            return new(HeadlineDirection.Inconclusive, EvidenceStrength.Insufficient, counted.Count, controlled.Count,
                uncontrolledOnly, counted.Count == 0
                    ? "No study reports a clear direction on social outcomes."
                    : "Only one study with a clear direction on social outcomes can be counted.");
        }

        var (leading, agreeing) = counted.GroupBy(s => s.SocialDirection)
            .Select(g => (Direction: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Direction)
            .First();

        if ((double)agreeing / counted.Count < AgreementThreshold)
        {
            return counted.Count >= 3
                ? new(HeadlineDirection.Mixed, EvidenceStrength.Low, counted.Count, controlled.Count, uncontrolledOnly,
                    $"The {counted.Count} counted studies point in different directions.")
                : new(HeadlineDirection.Inconclusive, EvidenceStrength.Insufficient, counted.Count, controlled.Count,
                    uncontrolledOnly, "The two counted studies disagree.");
        }

        var direction = leading switch
        {
            EffectDirection.Positive => HeadlineDirection.Positive,
            EffectDirection.NoEffect => HeadlineDirection.NoEffect,
            EffectDirection.Negative => HeadlineDirection.Negative,
            _ => HeadlineDirection.Mixed,
        };
        var reason = $"{agreeing} of the {counted.Count} counted studies agree.";
        return new(direction, Strength(direction, uncontrolledOnly, counted, leading), counted.Count,
            controlled.Count, uncontrolledOnly, reason);
    }

    private static EvidenceStrength Strength(
        HeadlineDirection direction, bool uncontrolledOnly, List<StudyEvidence> counted, EffectDirection leading)
    {
        if (uncontrolledOnly || direction == HeadlineDirection.Mixed)
        {
            return EvidenceStrength.Low;
        }
        var agreeing = counted.Where(s => s.SocialDirection == leading).ToList();
        var reviews = agreeing.Count(s => s.Design == DesignCategory.SystematicReview);
        return agreeing.Count >= 4 && reviews >= 2 ? EvidenceStrength.High : EvidenceStrength.Moderate;
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
