namespace EvidencePortal.Bench.ScaleData;

/// <summary>What generated findings and appraisals say: comparators, participants' themes and limitations.</summary>
internal static partial class Vocabulary
{
    public static readonly string[] Comparators =
    [
        "usual care", "a waiting list", "an attention control", "treatment as usual", "a leaflet about local services",
        "standard community support",
    ];

    public static readonly string[] Themes =
    [
        "feeling accepted without having to explain their illness", "a reason to leave the house each week",
        "friendships that continued after the programme ended", "anxiety about meeting new people at first",
        "the value of shared experience", "practical help finding local groups", "a sense of belonging and purpose",
        "difficulty keeping up once sessions stopped", "trust built slowly with a consistent worker",
    ];

    public static readonly string[] Limitations =
    [
        "The sample was small and follow-up short.",
        "Outcomes were self-reported and assessors were not blinded.",
        "Many participants dropped out before follow-up.",
        "The comparison group received less contact time.",
        "Most included studies were at high risk of bias.",
        "Participants chose to take part, so they may have been more motivated.",
        "The setting was a single service, which limits how far the results travel.",
        "Effects were measured with several scales, not all validated.",
    ];
}
