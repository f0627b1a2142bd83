namespace EvidencePortal.Web.Domain;

/// <summary>
/// One published study's live findings on one intervention and outcome, reduced to what the public pages count:
/// the directions found, their combined direction, and how many findings there are. Derived from the findings and
/// kept in step with them on every publish (Publishing/EvidenceSummary), so a page counts a few hundred thousand
/// small rows through an index instead of joining every finding to its study, intervention, topic and outcome.
/// </summary>
public class StudyCell
{
    public int StudyId { get; set; }
    public int InterventionId { get; set; }
    public int OutcomeId { get; set; }
    public int TopicId { get; set; }
    public bool IsSocial { get; set; }
    public DesignCategory DesignCategory { get; set; }
    public int Year { get; set; }

    /// <summary>The findings' directions taken together (<see cref="HeadlineRatingRule.Combine"/>).</summary>
    public EffectDirection Direction { get; set; }

    /// <summary>Every direction found here, one bit each (<see cref="DirectionFlags"/>), for filters that ask for a
    /// finding in one direction.</summary>
    public int Directions { get; set; }

    public int Findings { get; set; }
    public int QualitativeFindings { get; set; }
}

/// <summary>
/// One published study in one topic: what the topic's headline rating counts (its social findings there taken
/// together, none when it has no social finding in the topic) and what the topic's study list is drawn from.
/// </summary>
public class StudyTopic
{
    public int StudyId { get; set; }
    public int TopicId { get; set; }
    public DesignCategory DesignCategory { get; set; }
    public EffectDirection? SocialDirection { get; set; }
    public int Findings { get; set; }
    public int QualitativeFindings { get; set; }
}

/// <summary>One published study with findings in a review's topics: what the review's "quantity and quality of the
/// research" counts, each study once however many of the review's topics it is in.</summary>
public class StudyReview
{
    public int StudyId { get; set; }
    public int ReviewId { get; set; }
    public DesignCategory DesignCategory { get; set; }
    public string? Country { get; set; }
    public int Year { get; set; }
}

public static class DirectionFlags
{
    public static int Of(EffectDirection direction) => 1 << (int)direction;

    public static int Of(IEnumerable<EffectDirection> directions) =>
        directions.Aggregate(0, (flags, d) => flags | Of(d));
}
