using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class DesignRuleTests
{
    [Theory]
    [InlineData(null, DesignCategory.OtherReview)]
    [InlineData("rct", DesignCategory.Rct)]
    [InlineData("Systematic-Review", DesignCategory.SystematicReview)]
    [InlineData("BeforeAfter", DesignCategory.BeforeAfter)]
    [InlineData("Mixed-methods evaluation (no control group)", DesignCategory.MixedMethods)]
    [InlineData("Systematic review and meta-analysis", DesignCategory.SystematicReview)]
    [InlineData("Cluster randomised controlled trial", DesignCategory.Rct)]
    [InlineData("Pilot RCT", DesignCategory.Rct)]
    [InlineData("Non-randomised controlled trial", DesignCategory.ControlledStudy)]
    [InlineData("Quasi-experimental, controlled", DesignCategory.ControlledStudy)]
    [InlineData("Quasi-experimental", DesignCategory.OtherReview)]
    [InlineData("Systematic review of randomised controlled trials", DesignCategory.OtherReview)]
    [InlineData("Qualitative interviews", DesignCategory.Qualitative)]
    [InlineData("Mixed methods, qualitative and survey", DesignCategory.OtherReview)]
    [InlineData("Qualitative evidence synthesis review", DesignCategory.OtherReview)]
    [InlineData("Cohort study", DesignCategory.OtherReview)]
    [InlineData("Directed acyclic", DesignCategory.OtherReview)]
    public void Categorise_PlacesOnlyClearCases(string? design, DesignCategory expected)
    {
        Assert.Equal(expected, DesignRule.Categorise(design));
    }
}
