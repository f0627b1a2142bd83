using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Publishing;

/// <summary>
/// The statements that derive the evidence summary from the live findings. Each direction found sets one bit
/// (<see cref="DirectionFlags"/>); the combined direction is <see cref="HeadlineRatingRule.Combine"/>: unclear when
/// no known direction was found, the one direction when only one was, mixed when several were. "/*only*/" is where
/// a refresh narrows a statement to some studies.
/// </summary>
internal static class EvidenceSummarySql
{
    private const string Positive = nameof(EffectDirection.Positive);
    private const string Mixed = nameof(EffectDirection.Mixed);
    private const string NoEffect = nameof(EffectDirection.NoEffect);
    private const string Negative = nameof(EffectDirection.Negative);
    private const string Unclear = nameof(EffectDirection.Unclear);
    private const string Published = nameof(PublicationStatus.Published);

    /// <summary>The combined direction of flags p, m, n and x (positive, mixed, no effect, negative: 0 or 1).</summary>
    private const string Combined = $"""
        CASE WHEN p + m + n + x = 0 THEN '{Unclear}' WHEN p + m + n + x > 1 THEN '{Mixed}'
            WHEN p = 1 THEN '{Positive}' WHEN m = 1 THEN '{Mixed}' WHEN n = 1 THEN '{NoEffect}' ELSE '{Negative}' END
        """;

    public const string Cells = $"""
        INSERT INTO "StudyCells" ("StudyId", "InterventionId", "OutcomeId", "TopicId", "IsSocial", "DesignCategory",
            "Year", "Direction", "Directions", "Findings", "QualitativeFindings")
        SELECT "StudyId", "InterventionId", "OutcomeId", "TopicId", "IsSocial", "DesignCategory", "Year", {Combined},
            p + 2 * m + 4 * n + 8 * x + 16 * u, "Findings", "QualitativeFindings"
        FROM (
            SELECT f."StudyId", f."InterventionId", f."OutcomeId", i."TopicId", o."IsSocial", s."DesignCategory",
                s."Year",
                MAX(CASE WHEN f."Direction" = '{Positive}' THEN 1 ELSE 0 END) AS p,
                MAX(CASE WHEN f."Direction" = '{Mixed}' THEN 1 ELSE 0 END) AS m,
                MAX(CASE WHEN f."Direction" = '{NoEffect}' THEN 1 ELSE 0 END) AS n,
                MAX(CASE WHEN f."Direction" = '{Negative}' THEN 1 ELSE 0 END) AS x,
                MAX(CASE WHEN f."Direction" = '{Unclear}' THEN 1 ELSE 0 END) AS u,
                COUNT(*) AS "Findings",
                SUM(CASE WHEN f."Kind" = '{nameof(FindingKind.Qualitative)}' THEN 1 ELSE 0 END) AS "QualitativeFindings"
            FROM "Findings" AS f
            JOIN "Studies" AS s ON s."Id" = f."StudyId"
            JOIN "Interventions" AS i ON i."Id" = f."InterventionId"
            JOIN "Topics" AS t ON t."Id" = i."TopicId"
            JOIN "Outcomes" AS o ON o."Id" = f."OutcomeId"
            WHERE s."Status" = '{Published}' AND i."Status" = '{Published}' AND t."Status" = '{Published}'
                AND o."Status" = '{Published}' /*only*/
            GROUP BY f."StudyId", f."InterventionId", f."OutcomeId", i."TopicId", o."IsSocial", s."DesignCategory",
                s."Year"
        ) AS g
        """;

    /// <summary>A study's social findings in a topic taken together: the directions of its social cells.</summary>
    public const string Topics = $"""
        INSERT INTO "StudyTopics" ("StudyId", "TopicId", "DesignCategory", "SocialDirection", "Findings",
            "QualitativeFindings")
        SELECT "StudyId", "TopicId", "DesignCategory", CASE WHEN social = 0 THEN NULL ELSE {Combined} END,
            "Findings", "QualitativeFindings"
        FROM (
            SELECT c."StudyId", c."TopicId", c."DesignCategory",
                MAX(CASE WHEN c."IsSocial" THEN 1 ELSE 0 END) AS social,
                MAX(CASE WHEN c."IsSocial" AND c."Directions" & 1 <> 0 THEN 1 ELSE 0 END) AS p,
                MAX(CASE WHEN c."IsSocial" AND c."Directions" & 2 <> 0 THEN 1 ELSE 0 END) AS m,
                MAX(CASE WHEN c."IsSocial" AND c."Directions" & 4 <> 0 THEN 1 ELSE 0 END) AS n,
                MAX(CASE WHEN c."IsSocial" AND c."Directions" & 8 <> 0 THEN 1 ELSE 0 END) AS x,
                SUM(c."Findings") AS "Findings", SUM(c."QualitativeFindings") AS "QualitativeFindings"
            FROM "StudyCells" AS c
            /*only*/
            GROUP BY c."StudyId", c."TopicId", c."DesignCategory"
        ) AS g
        """;

    public const string Reviews = """
        INSERT INTO "StudyReviews" ("StudyId", "ReviewId", "DesignCategory", "Country", "Year")
        SELECT DISTINCT c."StudyId", t."ReviewId", c."DesignCategory", s."Country", c."Year"
        FROM "StudyCells" AS c
        JOIN "Topics" AS t ON t."Id" = c."TopicId"
        JOIN "Studies" AS s ON s."Id" = c."StudyId"
        /*only*/
        """;
}
