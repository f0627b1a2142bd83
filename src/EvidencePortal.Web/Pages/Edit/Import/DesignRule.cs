using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// The design group an imported study starts in. Only clear cases are placed: the design names a
/// group (its address like "rct", its name, or its label); says meta-analysis (systematic review);
/// non-randomised or quasi-experimental and controlled (controlled study); randomised controlled
/// trial or RCT (trial); qualitative, not mixed (qualitative). Any other review, and everything
/// else, starts as <see cref="DesignCategory.OtherReview"/> for an editor to choose; the upload page says so.
/// </summary>
public static class DesignRule
{
    public static DesignCategory Categorise(string? design)
    {
        var text = design?.Trim().ToLowerInvariant() ?? "";
        if (text.Length == 0)
        {
            return DesignCategory.OtherReview;
        }
        foreach (var category in Enum.GetValues<DesignCategory>())
        {
            if (text == category.Slug() || string.Equals(text, category.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, category.Label(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }
        if (
            text.Contains("meta-analysis", StringComparison.Ordinal)
            || text.Contains("meta analysis", StringComparison.Ordinal)
        )
        {
            return DesignCategory.SystematicReview;
        }
        if (text.Contains("review", StringComparison.Ordinal))
        {
            return DesignCategory.OtherReview;
        }
        if (
            text.Contains("non-randomi", StringComparison.Ordinal)
            || text.Contains("nonrandomi", StringComparison.Ordinal)
            || text.Contains("quasi", StringComparison.Ordinal)
        )
        {
            return text.Contains("controlled", StringComparison.Ordinal)
                ? DesignCategory.ControlledStudy
                : DesignCategory.OtherReview;
        }
        if (
            text.Contains("randomised controlled trial", StringComparison.Ordinal)
            || text.Contains("randomized controlled trial", StringComparison.Ordinal)
            || text.Split([' ', ',', ';', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Contains("rct")
        )
        {
            return DesignCategory.Rct;
        }
        if (text.Contains("qualitative", StringComparison.Ordinal) && !text.Contains("mixed", StringComparison.Ordinal))
        {
            return DesignCategory.Qualitative;
        }
        return DesignCategory.OtherReview;
    }
}
