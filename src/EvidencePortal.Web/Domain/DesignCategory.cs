namespace EvidencePortal.Web.Domain;

/// <summary>
/// A study's design, grouped so studies can be filtered and weighed. The study keeps the design
/// as its authors reported it; this is the group an editor placed it in.
/// </summary>
public enum DesignCategory
{
    SystematicReview,
    Rct,
    ControlledStudy,
    BeforeAfter,
    MixedMethods,
    Qualitative,
    OtherReview,
}

public static class DesignCategoryText
{
    public static string Label(this DesignCategory category) => category switch
    {
        DesignCategory.SystematicReview => "Systematic review of controlled studies",
        DesignCategory.Rct => "Randomised controlled trial",
        DesignCategory.ControlledStudy => "Non-randomised controlled study",
        DesignCategory.BeforeAfter => "Before-and-after study (no control group)",
        DesignCategory.MixedMethods => "Mixed-methods evaluation (no control group)",
        DesignCategory.Qualitative => "Qualitative study",
        _ => "Narrative, scoping or qualitative review",
    };

    /// <summary>Controlled comparisons are the ones that can show an intervention caused a change.</summary>
    public static bool IsControlled(this DesignCategory category) =>
        category is DesignCategory.SystematicReview or DesignCategory.Rct or DesignCategory.ControlledStudy;

    public static string Slug(this DesignCategory category) => category switch
    {
        DesignCategory.SystematicReview => "systematic-review",
        DesignCategory.Rct => "rct",
        DesignCategory.ControlledStudy => "controlled-study",
        DesignCategory.BeforeAfter => "before-after",
        DesignCategory.MixedMethods => "mixed-methods",
        DesignCategory.Qualitative => "qualitative",
        _ => "other-review",
    };

    public static bool TryParseSlug(string? value, out DesignCategory category)
    {
        foreach (var candidate in Enum.GetValues<DesignCategory>())
        {
            if (string.Equals(candidate.Slug(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }
        category = DesignCategory.OtherReview;
        return false;
    }
}
