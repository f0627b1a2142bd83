namespace EvidencePortal.Web.Domain;

/// <summary>Which way a finding points. Stored as text so the database stays readable.</summary>
public enum EffectDirection
{
    Positive,
    Mixed,
    NoEffect,
    Negative,
    Unclear,
}

public enum FindingKind
{
    Quantitative,
    Qualitative,
}

public static class EffectDirectionText
{
    public static string Label(this EffectDirection direction) => direction switch
    {
        EffectDirection.Positive => "Positive",
        EffectDirection.Mixed => "Mixed",
        EffectDirection.NoEffect => "No effect",
        EffectDirection.Negative => "Negative",
        _ => "Unclear",
    };

    /// <summary>The slug used in URLs and content files (e.g. no-effect).</summary>
    public static string Slug(this EffectDirection direction) => direction switch
    {
        EffectDirection.NoEffect => "no-effect",
        _ => direction.ToString().ToLowerInvariant(),
    };

    public static bool TryParseSlug(string? value, out EffectDirection direction)
    {
        foreach (var candidate in Enum.GetValues<EffectDirection>())
        {
            if (string.Equals(candidate.Slug(), value?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Label(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                direction = candidate;
                return true;
            }
        }
        direction = EffectDirection.Unclear;
        return false;
    }

    public static string Label(this FindingKind kind) =>
        kind == FindingKind.Qualitative ? "Qualitative" : "Quantitative";
}
