using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Puts a checked content set into an empty store, rendering every Markdown part to sanitised HTML
/// once, here, so public requests only ever read stored HTML. All or nothing: one transaction.
/// </summary>
public sealed class ContentImporter(
    PortalDbContext db, MarkdownRenderer markdown, RevisionRecorder revisions, StudyKind studyKind, TopicKind topicKind,
    ReviewKind reviewKind, InterventionKind interventionKind, OutcomeKind outcomeKind)
{
    public sealed record Result(int Reviews, int Topics, int Interventions, int Outcomes, int Studies, int Findings);

    public async Task<Result> ImportAsync(ContentSet set, CancellationToken cancellationToken = default)
    {
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                var now = DateTime.UtcNow;

                var outcomes = set.Outcomes.Select((o, i) => new Outcome
                {
                    Slug = o.Slug, Name = o.Name, Description = o.Description, IsSocial = o.Social, Order = i + 1,
                    PublishedAt = now,
                }).ToDictionary(o => o.Slug);
                db.Outcomes.AddRange(outcomes.Values);

                var interventions = new Dictionary<string, Intervention>();
                var reviews = set.Reviews.Select(review => ToReview(review, interventions, now)).ToList();
                var studies = set.Studies.Select(study => ToStudy(study, interventions, outcomes, now)).ToList();
                db.Reviews.AddRange(reviews);
                db.Studies.AddRange(studies);
                await db.SaveChangesAsync(token);

                // Every record's history starts here, so even the imported version can be restored later.
                await BaselineAsync(outcomeKind, outcomes.Values, token);
                await BaselineAsync(reviewKind, reviews, token);
                await BaselineAsync(topicKind, reviews.SelectMany(r => r.Topics), token);
                await BaselineAsync(interventionKind, interventions.Values, token);
                await BaselineAsync(studyKind, studies, token);
                await db.SaveChangesAsync(token);
                await EvidenceSummary.RebuildAsync(db, token);
                await transaction.CommitAsync(token);
                return new Result(set.Reviews.Count, set.Reviews.Sum(r => r.Topics.Count), interventions.Count,
                    outcomes.Count, set.Studies.Count, set.Studies.Sum(s => s.Meta.Findings.Count));
            },
            cancellationToken
        );
    }

    private Review ToReview(ReviewContent content, Dictionary<string, Intervention> interventions, DateTime now)
    {
        var meta = content.Meta;
        const string file = "review.md";
        var review = new Review
        {
            Slug = meta.Slug, Title = meta.Title, ShortTitle = meta.ShortTitle, Authors = meta.Authors,
            Publisher = meta.Publisher, CommissionedBy = meta.CommissionedBy,
            PublishedOn = ContentRules.ParseMonth(file, meta.Published), Scope = meta.Scope,
            KeyMessage = meta.KeyMessage, SourceUrls = meta.Sources, Order = meta.Order,
            LastReviewedOn = ContentRules.ParseDate(file, "last_reviewed", meta.LastReviewed), PublishedAt = now,
            OverviewMarkdown = content.Sections.Overview,
            SummaryOfStudiesMarkdown = content.Sections.SummaryOfStudies,
            KeyFindingsMarkdown = content.Sections.KeyFindings,
            FutureResearchMarkdown = content.Sections.FutureResearch,
        };
        RecordHtml.Render(review, markdown);
        foreach (var topic in content.Topics)
        {
            review.Topics.Add(ToTopic(topic, interventions, now));
        }
        return review;
    }

    private Topic ToTopic(TopicContent content, Dictionary<string, Intervention> interventions, DateTime now)
    {
        var meta = content.Meta;
        var topic = new Topic
        {
            Slug = meta.Slug, Title = meta.Title, Order = meta.Order, KeyMessage = meta.KeyMessage,
            SummaryMarkdown = content.SummaryMarkdown,
            LastReviewedOn = ContentRules.ParseDate(meta.Slug, "last_reviewed", meta.LastReviewed), PublishedAt = now,
        };
        RecordHtml.Render(topic, markdown);
        if (meta.RatingOverride is { } rating)
        {
            topic.OverrideDirection = Enum.Parse<HeadlineDirection>(rating.Direction.Replace("-", ""), true);
            topic.OverrideStrength = Enum.Parse<EvidenceStrength>(rating.Strength, true);
            topic.OverrideRationale = rating.Rationale;
        }
        foreach (var (item, index) in meta.Interventions.Select((item, index) => (item, index)))
        {
            var intervention = new Intervention
            {
                Slug = item.Slug,
                Name = item.Name,
                Description = item.Description,
                Order = index + 1,
                PublishedAt = now,
            };
            interventions[item.Slug] = intervention;
            topic.Interventions.Add(intervention);
        }
        return topic;
    }

    private Study ToStudy(StudyContent content, Dictionary<string, Intervention> interventions,
        Dictionary<string, Outcome> outcomes, DateTime now)
    {
        var meta = content.Meta;
        _ = DesignCategoryText.TryParseSlug(meta.DesignCategory, out var category);
        var study = new Study
        {
            Slug = meta.Id,
            Title = meta.Title,
            Authors = meta.Authors,
            AuthorsNote = meta.AuthorsNote,
            Year = meta.Year,
            Journal = meta.Journal,
            VolumeIssuePages = meta.VolumeIssuePages,
            Doi = meta.Doi,
            SourceUrls = meta.Sources,
            Design = meta.Design,
            DesignCategory = category,
            Country = meta.Country,
            Setting = meta.Setting,
            SampleSize = meta.SampleSize,
            Population = meta.Population,
            OutcomesMeasured = meta.OutcomesMeasured,
            Verification = meta.Verification,
            AppraisalMarkdown = content.AppraisalMarkdown,
            LastReviewedOn = ContentRules.ParseDate(meta.Id, "last_reviewed", meta.LastReviewed),
            PublishedAt = now,
            Findings = meta
                .Findings.Select(
                    (f, i) =>
                    {
                        _ = EffectDirectionText.TryParseSlug(f.Direction, out var direction);
                        return new Finding
                        {
                            Intervention = interventions[f.Intervention],
                            Outcome = outcomes[f.Outcome],
                            Direction = direction,
                            Kind = Enum.Parse<FindingKind>(f.Kind, true),
                            Note = f.Note,
                            Order = i + 1,
                        };
                    }
                )
                .ToList(),
        };
        RecordHtml.Render(study, markdown);
        return study;
    }

    private async Task BaselineAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        IEnumerable<T> records,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        foreach (var record in records)
        {
            var snapshot = await kind.SnapshotAsync(db, record, cancellationToken);
            await revisions.AddAsync(
                kind.EntityType,
                record.Id,
                RevisionAction.Imported,
                null,
                snapshot,
                "Imported from the content folder",
                cancellationToken
            );
        }
    }

    /// <summary>The store counts as empty when it holds no review and no study: only then is content/
    /// imported.</summary>
    public async Task<bool> StoreIsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Reviews.AnyAsync(cancellationToken) && !await db.Studies.AnyAsync(cancellationToken);
}
