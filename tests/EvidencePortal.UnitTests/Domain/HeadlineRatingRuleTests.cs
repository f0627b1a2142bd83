using EvidencePortal.Web.Domain;

namespace EvidencePortal.UnitTests.Domain;

public class HeadlineRatingRuleTests
{
    private static StudyEvidence Study(DesignCategory design, EffectDirection direction) =>
        new(Guid.NewGuid().ToString("N"), design, direction);

    [Fact]
    public void Compute_IsInconclusive_WhenNoStudyHasAClearDirection()
    {
        var rating = HeadlineRatingRule.Compute([Study(DesignCategory.Rct, EffectDirection.Unclear)]);

        Assert.Equal(HeadlineDirection.Inconclusive, rating.Direction);
        Assert.Equal(EvidenceStrength.Insufficient, rating.Strength);
        Assert.Equal(0, rating.StudiesCounted);
    }

    [Fact]
    public void Compute_IsInconclusive_WithOneControlledStudy_EvenWhenUncontrolledStudiesAgreeElsewhere()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.Rct, EffectDirection.NoEffect),
            Study(DesignCategory.Qualitative, EffectDirection.Positive),
            Study(DesignCategory.Qualitative, EffectDirection.Positive),
        ]);

        Assert.Equal(HeadlineDirection.Inconclusive, rating.Direction);
        Assert.Equal(1, rating.StudiesCounted);
        Assert.False(rating.UncontrolledOnly);
    }

    [Fact]
    public void Compute_IsInconclusive_WhenTwoControlledStudiesDisagree()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.SystematicReview, EffectDirection.NoEffect),
            Study(DesignCategory.Rct, EffectDirection.Positive),
        ]);

        Assert.Equal(HeadlineDirection.Inconclusive, rating.Direction);
        Assert.Equal(EvidenceStrength.Insufficient, rating.Strength);
    }

    [Fact]
    public void Compute_IsMixed_WhenThreeOrMoreControlledStudiesPointDifferentWays()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.SystematicReview, EffectDirection.NoEffect),
            Study(DesignCategory.Rct, EffectDirection.Mixed),
            Study(DesignCategory.Rct, EffectDirection.Positive),
        ]);

        Assert.Equal(HeadlineDirection.Mixed, rating.Direction);
        Assert.Equal(EvidenceStrength.Low, rating.Strength);
    }

    [Fact]
    public void Compute_IsPositiveAndModerate_WhenControlledStudiesAgree()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.SystematicReview, EffectDirection.Positive),
            Study(DesignCategory.ControlledStudy, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
        ]);

        Assert.Equal(HeadlineDirection.Positive, rating.Direction);
        Assert.Equal(EvidenceStrength.Moderate, rating.Strength);
        Assert.Equal(4, rating.ControlledStudiesCounted);
    }

    [Fact]
    public void Compute_IsHigh_OnlyWithFourAgreeingControlledStudiesIncludingTwoSystematicReviews()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.SystematicReview, EffectDirection.Positive),
            Study(DesignCategory.SystematicReview, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.NoEffect),
        ]);

        Assert.Equal(HeadlineDirection.Positive, rating.Direction);
        Assert.Equal(EvidenceStrength.High, rating.Strength);
    }

    [Fact]
    public void Compute_CountsUncontrolledStudies_OnlyWhenNoControlledStudyIsAvailable_AndCapsStrengthAtLow()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.Qualitative, EffectDirection.Positive),
            Study(DesignCategory.BeforeAfter, EffectDirection.Positive),
            Study(DesignCategory.OtherReview, EffectDirection.Mixed),
        ]);

        Assert.Equal(HeadlineDirection.Positive, rating.Direction);
        Assert.Equal(EvidenceStrength.Low, rating.Strength);
        Assert.True(rating.UncontrolledOnly);
    }

    [Fact]
    public void Compute_NeedsTwoThirds_ToDeclareADirection()
    {
        // 2 of 3 positive is exactly two thirds: positive. 2 of 4 is not.
        var twoOfThree = HeadlineRatingRule.Compute([
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.NoEffect),
        ]);
        var twoOfFour = HeadlineRatingRule.Compute([
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.Positive),
            Study(DesignCategory.Rct, EffectDirection.NoEffect),
            Study(DesignCategory.Rct, EffectDirection.Negative),
        ]);

        Assert.Equal(HeadlineDirection.Positive, twoOfThree.Direction);
        Assert.Equal(HeadlineDirection.Mixed, twoOfFour.Direction);
    }

    [Fact]
    public void Compute_IsNoEffect_WhenControlledStudiesAgreeThereIsNone()
    {
        var rating = HeadlineRatingRule.Compute([
            Study(DesignCategory.Rct, EffectDirection.NoEffect),
            Study(DesignCategory.SystematicReview, EffectDirection.NoEffect),
        ]);

        Assert.Equal(HeadlineDirection.NoEffect, rating.Direction);
        Assert.Equal(EvidenceStrength.Moderate, rating.Strength);
    }

    [Theory]
    [InlineData(new[] { EffectDirection.Positive, EffectDirection.Positive }, EffectDirection.Positive)]
    [InlineData(new[] { EffectDirection.Positive, EffectDirection.NoEffect }, EffectDirection.Mixed)]
    [InlineData(new[] { EffectDirection.Unclear, EffectDirection.NoEffect }, EffectDirection.NoEffect)]
    [InlineData(new[] { EffectDirection.Unclear }, EffectDirection.Unclear)]
    public void CombineSocialDirections_CountsAStudyOnce(EffectDirection[] findings, EffectDirection expected) =>
        Assert.Equal(expected, HeadlineRatingRule.CombineSocialDirections(findings));

    [Fact]
    public void WithOverride_KeepsTheRationale_SoThePageCanShowIt()
    {
        var computed = HeadlineRatingRule.Compute(Array.Empty<StudyEvidence>());
        var rating = computed.WithOverride(
            HeadlineDirection.Positive,
            EvidenceStrength.Low,
            "New trial awaiting entry."
        );

        Assert.True(rating.IsOverridden);
        Assert.Equal("New trial awaiting entry.", rating.OverrideRationale);
        Assert.Equal(HeadlineDirection.Positive, rating.Direction);
    }

    /// <summary>The store hands the rule counts by design and direction; they must rate exactly as the studies
    /// would.</summary>
    [Fact]
    public void Compute_OverCounts_RatesExactlyAsOverTheStudiesCounted()
    {
        var random = new Random(20261126);
        var designs = Enum.GetValues<DesignCategory>();
        var directions = Enum.GetValues<EffectDirection>();
        for (var round = 0; round < 500; round++)
        {
            var studies = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => Study(designs[random.Next(designs.Length)], directions[random.Next(directions.Length)]))
                .ToList();
            var counts = studies.GroupBy(s => (s.Design, s.SocialDirection))
                .Select(g => new EvidenceCount(g.Key.Design, g.Key.SocialDirection, g.Count())).ToList();

            Assert.Equal(HeadlineRatingRule.Compute(studies), HeadlineRatingRule.Compute(counts));
        }
    }

    /// <summary>In the store a study's findings reduce to which directions occur; that must combine as the findings
    /// do.</summary>
    [Fact]
    public void Combine_FromDirectionsPresent_AgreesWithCombiningTheFindings()
    {
        var known = new[]
        {
            EffectDirection.Positive,
            EffectDirection.Mixed,
            EffectDirection.NoEffect,
            EffectDirection.Negative,
        };
        for (var mask = 0; mask < 32; mask++)
        {
            var findings = Enum.GetValues<EffectDirection>().Where((_, bit) => (mask & (1 << bit)) != 0).ToList();
            var present = known.Select(findings.Contains).ToArray();

            Assert.Equal(HeadlineRatingRule.CombineSocialDirections(findings),
                HeadlineRatingRule.Combine(present[0], present[1], present[2], present[3]));
        }
    }
}
