using System.Globalization;
using System.Text;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Writes the published store back out in the content/ format (the reverse of ContentReader and
/// ContentImporter): what the public sees, so the folder can be versioned, reviewed and re-imported.
/// </summary>
public sealed class ContentWriter(PortalDbContext db)
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public sealed record Result(int Reviews, int Topics, int Studies, int Findings);

    public async Task<Result> WriteAsync(string root, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(root);
        var outcomes = await db.Outcomes.AsNoTracking().Live().OrderBy(o => o.Order).ToListAsync(cancellationToken);
        await File.WriteAllTextAsync(
            Path.Combine(root, "outcomes.yml"),
            Yaml.Serialize(
                new OutcomesFile
                {
                    Outcomes = outcomes
                        .Select(o => new OutcomeFile
                        {
                            Slug = o.Slug,
                            Name = o.Name,
                            Social = o.IsSocial,
                            Description = o.Description,
                        })
                        .ToList(),
                }
            ),
            cancellationToken
        );

        var reviews = await db.Reviews.AsNoTracking().Live().OrderBy(r => r.Order).ToListAsync(cancellationToken);
        var topics = await db
            .Topics.AsNoTracking()
            .Live()
            .Include(t => t.Interventions)
            .OrderBy(t => t.Order)
            .ToListAsync(cancellationToken);
        foreach (var review in reviews)
        {
            await WriteReviewAsync(
                root,
                review,
                topics.Where(t => t.ReviewId == review.Id).ToList(),
                cancellationToken
            );
        }

        var studies = await db.Studies.AsNoTracking().Live().OrderBy(s => s.Slug).ToListAsync(cancellationToken);
        var findings = await db
            .Findings.AsNoTracking()
            .Live()
            .OrderBy(f => f.Order)
            .Select(f => new
            {
                f.StudyId,
                Intervention = f.Intervention!.Slug,
                Outcome = f.Outcome!.Slug,
                f.Direction,
                f.Kind,
                f.Note,
            })
            .ToListAsync(cancellationToken);
        var studiesFolder = Path.Combine(root, "studies");
        Directory.CreateDirectory(studiesFolder);
        foreach (var study in studies)
        {
            var file = ToFile(study);
            file.Findings = findings
                .Where(f => f.StudyId == study.Id)
                .Select(f => new FindingFile
                {
                    Intervention = f.Intervention,
                    Outcome = f.Outcome,
                    Direction = f.Direction.Slug(),
                    Kind = f.Kind.ToString().ToLowerInvariant(),
                    Note = f.Note,
                })
                .ToList();
            await File.WriteAllTextAsync(
                Path.Combine(studiesFolder, study.Slug + ".md"),
                WithFrontMatter(file, study.AppraisalMarkdown),
                cancellationToken
            );
        }
        return new Result(reviews.Count, topics.Count, studies.Count, findings.Count);
    }

    private static async Task WriteReviewAsync(
        string root,
        Review review,
        List<Topic> topics,
        CancellationToken cancellationToken
    )
    {
        var folder = Path.Combine(root, "reviews", review.Slug);
        Directory.CreateDirectory(Path.Combine(folder, "topics"));
        var meta = new ReviewFile
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
        var body =
            $"## Overview\n\n{review.OverviewMarkdown}\n\n"
            + $"## Summary of studies\n\n{review.SummaryOfStudiesMarkdown}\n\n"
            + $"## Key findings\n\n{review.KeyFindingsMarkdown}\n\n"
            + $"## Areas for future research\n\n{review.FutureResearchMarkdown}";
        await File.WriteAllTextAsync(Path.Combine(folder, "review.md"), WithFrontMatter(meta, body), cancellationToken);
        foreach (var topic in topics)
        {
            var file = new TopicFile
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
            await File.WriteAllTextAsync(
                Path.Combine(folder, "topics", topic.Slug + ".md"),
                WithFrontMatter(file, topic.SummaryMarkdown),
                cancellationToken
            );
        }
    }

    private static StudyFile ToFile(Study study) =>
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

    private static string WithFrontMatter(object meta, string body) =>
        new StringBuilder("---\n")
            .Append(Yaml.Serialize(meta))
            .Append("---\n")
            .Append(body.Trim())
            .Append('\n')
            .ToString();

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
