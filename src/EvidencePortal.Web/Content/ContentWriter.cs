using System.Text;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Writes the published store back out in the content/ format (the reverse of ContentReader and
/// ContentImporter): what the public sees, so the folder can be versioned, reviewed and re-imported. Which
/// field goes where in each file is RecordFiles' job.
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
            Yaml.Serialize(new OutcomesFile { Outcomes = outcomes.Select(RecordFiles.ToFile).ToList() }),
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
            var file = RecordFiles.ToFile(study);
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
        await File.WriteAllTextAsync(
            Path.Combine(folder, "review.md"),
            WithFrontMatter(RecordFiles.ToFile(review), RecordFiles.Body(review)),
            cancellationToken
        );
        foreach (var topic in topics)
        {
            await File.WriteAllTextAsync(
                Path.Combine(folder, "topics", topic.Slug + ".md"),
                WithFrontMatter(RecordFiles.ToFile(topic), topic.SummaryMarkdown),
                cancellationToken
            );
        }
    }

    private static string WithFrontMatter(object meta, string body) =>
        new StringBuilder("---\n")
            .Append(Yaml.Serialize(meta))
            .Append("---\n")
            .Append(body.Trim())
            .Append('\n')
            .ToString();
}
