using System.Globalization;
using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Content;

/// <summary>
/// What a published record looks like as a content file, for ContentWriter: the reverse of ContentImporter's
/// ToReview, ToTopic and ToStudy.
/// </summary>
internal static class RecordFiles
{
    public static OutcomeFile ToFile(Outcome outcome) =>
        new()
        {
            Slug = outcome.Slug,
            Name = outcome.Name,
            Social = outcome.IsSocial,
            Description = outcome.Description,
        };

    public static ReviewFile ToFile(Review review) =>
        new()
        {
            Slug = review.Slug,
            Title = review.Title,
            ShortTitle = review.ShortTitle,
            Authors = review.Authors,
            Publisher = review.Publisher,
            CommissionedBy = review.CommissionedBy,
            Published = review.PublishedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Scope = review.Scope,
            KeyMessage = review.KeyMessage,
            Sources = review.SourceUrls,
            LastReviewed = Date(review.LastReviewedOn),
            Order = review.Order,
        };

    /// <summary>A review's four Markdown parts as the sections of review.md.</summary>
    public static string Body(Review review) =>
        $"## Overview\n\n{review.OverviewMarkdown}\n\n"
        + $"## Summary of studies\n\n{review.SummaryOfStudiesMarkdown}\n\n"
        + $"## Key findings\n\n{review.KeyFindingsMarkdown}\n\n"
        + $"## Areas for future research\n\n{review.FutureResearchMarkdown}";

    public static TopicFile ToFile(Topic topic) =>
        new()
        {
            Slug = topic.Slug,
            Title = topic.Title,
            Order = topic.Order,
            KeyMessage = topic.KeyMessage,
            LastReviewed = Date(topic.LastReviewedOn),
            Interventions = topic
                .Interventions.Where(i => i.Status == PublicationStatus.Published)
                .OrderBy(i => i.Order)
                .Select(i => new InterventionFile
                {
                    Slug = i.Slug,
                    Name = i.Name,
                    Description = i.Description,
                })
                .ToList(),
            RatingOverride = topic
                is { OverrideDirection: { } d, OverrideStrength: { } s, OverrideRationale: { } why }
                ? new RatingOverrideFile
                {
                    Direction = Slug(d.ToString()),
                    Strength = s.ToString().ToLowerInvariant(),
                    Rationale = why,
                }
                : null,
        };

    /// <summary>A study without its findings, which ContentWriter adds from one query for all studies.</summary>
    public static StudyFile ToFile(Study study) =>
        new()
        {
            Id = study.Slug,
            Title = study.Title,
            Authors = study.Authors,
            AuthorsNote = study.AuthorsNote,
            Year = study.Year,
            Journal = study.Journal,
            VolumeIssuePages = study.VolumeIssuePages,
            Doi = study.Doi,
            Sources = study.SourceUrls,
            Design = study.Design,
            DesignCategory = study.DesignCategory.Slug(),
            Country = study.Country,
            Setting = study.Setting,
            SampleSize = study.SampleSize,
            Population = study.Population,
            OutcomesMeasured = study.OutcomesMeasured,
            Verification = study.Verification,
            LastReviewed = Date(study.LastReviewedOn),
        };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>NoEffect becomes no-effect, as content files spell directions.</summary>
    private static string Slug(string name) =>
        string.Concat(
            name.Select(
                (c, i) =>
                    i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()
            )
        );
}
