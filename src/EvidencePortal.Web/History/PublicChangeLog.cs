using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.History;

/// <summary>
/// The public change log of a topic or a review, newest first, a page at a time: each change that went live (a
/// publish, or the withdrawal or return of a record that had been live) to the review, its topics and their studies,
/// in words (<see cref="ChangeEntries"/>). Drafts never show. A topic's studies are those whose live rows have findings
/// on its interventions (a withdrawn study keeps them); revisions after the first are counted and ordered through the
/// revisions' covering index, each study's asked of its findings, and only the page shown is read whole, so the cost
/// follows the number of changes made, never the number of studies held.
/// </summary>
public sealed class PublicChangeLog(
    PortalDbContext db,
    IModelMetadataProvider metadata,
    StudyKind studies,
    TopicKind topics,
    ReviewKind reviews
)
{
    public const int PageSize = 50;

    public Task<ChangeLogPage> ForTopicAsync(int topicId, int page, CancellationToken cancellationToken) =>
        PageAsync(null, db.Topics.Where(t => t.Id == topicId).Select(t => t.Id), page, cancellationToken);

    public Task<ChangeLogPage> ForReviewAsync(int reviewId, int page, CancellationToken cancellationToken) =>
        PageAsync(
            reviewId,
            db.Topics.Where(t => t.ReviewId == reviewId && t.DraftOfId == null).Select(t => t.Id),
            page,
            cancellationToken
        );

    private async Task<ChangeLogPage> PageAsync(
        int? reviewId,
        IQueryable<int> topicIds,
        int page,
        CancellationToken cancellationToken
    )
    {
        var interventions = db.Interventions.Where(i => topicIds.Contains(i.TopicId) && i.DraftOfId == null)
            .Select(i => i.Id);
        var (review, topic, study) = (reviews.EntityType, topics.EntityType, studies.EntityType);
        // A record's first revision (its import or creation) is never a public change, and leaving it out is decided
        // in the index: only records changed since are read at all. Whether a study's revision belongs is asked of
        // that study's findings, one indexed lookup per revision: gathering every study of a large review first took
        // 1.5 s at 100,000 studies with none of them edited.
        var changes = Public(db.Revisions.Where(r =>
            ((r.EntityType == review && r.EntityId == reviewId)
                || (r.EntityType == topic && topicIds.Contains(r.EntityId))
                || (r.EntityType == study
                    && db.Findings.Any(f => f.StudyId == r.EntityId && interventions.Contains(f.InterventionId))))
            && r.Number > 1));
        var total = await changes.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            return new ChangeLogPage(page, pageCount, total, []);
        }
        // Only the ids are ordered, so the sort never carries a snapshot.
        var ids = await changes.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToListAsync(cancellationToken);
        var shown = await LinksAsync(ids, cancellationToken);
        // A publish is compared with the version live before it, which may itself need its own links to be read right.
        var earlier = await LinksAsync(
            shown.Select(l => l.BaselineId).OfType<long>().Except(ids).ToList(), cancellationToken);
        var all = shown.Concat(earlier).ToList();
        var wanted = all.SelectMany(l => new[] { l.Id, l.PreviousId, l.BaselineId }).OfType<long>().Distinct().ToList();
        var snapshots = await db.Revisions.AsNoTracking()
            .Where(r => wanted.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => StoredSnapshot.Parse(r.SnapshotJson), cancellationToken);
        var entries = new ChangeEntries(
            await HistoryValues.LoadAsync(metadata, db, cancellationToken),
            await interventions.ToListAsync(cancellationToken),
            await TitlesAsync(shown, cancellationToken),
            new Dictionary<string, (Type, string)>
            {
                [studies.EntityType] = (studies.InputType, "Study"),
                [topics.EntityType] = (topics.InputType, "Topic"),
                [reviews.EntityType] = (reviews.InputType, "Review"),
            }
        );
        var read = new Snapshots(all.ToDictionary(l => l.Id), snapshots);
        var days = ids.Select(id => shown.Single(l => l.Id == id))
            .GroupBy(l => DateOnly.FromDateTime(l.At))
            .Select(day => new ChangeDay(day.Key, day.Select(l => entries.Of(l.EntityType, l.EntityId, l.Action,
                l.BaselineId is { } b && l.Action == RevisionAction.Published ? read.Of(b) : null, read.Of(l.Id)))
                .ToList()))
            .ToList();
        return new ChangeLogPage(page, pageCount, total, days);
    }

    /// <summary>
    /// The changes the public saw: every publish; a deletion of a record that had been live (published or imported
    /// before); and bringing such a record back, a restore whose last change that was not a draft save was the
    /// deletion (restoring an earlier revision makes a draft, and a deleted record takes no drafts).
    /// </summary>
    private IQueryable<Revision> Public(IQueryable<Revision> revisions) =>
        revisions.Where(r => r.Action == RevisionAction.Published
            || ((r.Action == RevisionAction.Deleted
                    || (r.Action == RevisionAction.Restored
                        && db.Revisions
                            .Where(b => b.EntityType == r.EntityType && b.EntityId == r.EntityId
                                && b.Number < r.Number && b.Action != RevisionAction.DraftSaved)
                            .OrderByDescending(b => b.Number)
                            .Select(b => (RevisionAction?)b.Action)
                            .FirstOrDefault() == RevisionAction.Deleted))
                && db.Revisions.Any(b => b.EntityType == r.EntityType && b.EntityId == r.EntityId
                    && b.Number < r.Number
                    && (b.Action == RevisionAction.Published || b.Action == RevisionAction.Imported))));

    /// <summary>Each revision with the one before it and the last version that was live before it.</summary>
    private Task<List<RevisionLink>> LinksAsync(List<long> ids, CancellationToken cancellationToken) =>
        db.Revisions.Where(r => ids.Contains(r.Id))
            .Select(r => new RevisionLink(r.Id, r.EntityType, r.EntityId, r.Action, r.At,
                db.Revisions
                    .Where(b => b.EntityType == r.EntityType && b.EntityId == r.EntityId && b.Number == r.Number - 1)
                    .Select(b => (long?)b.Id).FirstOrDefault(),
                db.Revisions
                    .Where(b => b.EntityType == r.EntityType && b.EntityId == r.EntityId && b.Number < r.Number
                        && (b.Action == RevisionAction.Published || b.Action == RevisionAction.Imported))
                    .OrderByDescending(b => b.Number)
                    .Select(b => (long?)b.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    /// <summary>The records the page names, as they are now: title, and address while live.</summary>
    private async Task<Dictionary<(string, int), (string Title, string? Href)>> TitlesAsync(
        List<RevisionLink> shown,
        CancellationToken cancellationToken
    )
    {
        List<int> Of(string type) => shown.Where(l => l.EntityType == type).Select(l => l.EntityId).Distinct().ToList();
        var (studyIds, topicIds, reviewIds) = (Of(studies.EntityType), Of(topics.EntityType), Of(reviews.EntityType));
        const PublicationStatus live = PublicationStatus.Published;
        var titles = new Dictionary<(string, int), (string Title, string? Href)>();
        foreach (var s in await db.Studies.Where(s => studyIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Title, s.Slug, s.Status }).ToListAsync(cancellationToken))
        {
            titles[(studies.EntityType, s.Id)] = (s.Title, s.Status == live ? "/studies/" + s.Slug : null);
        }
        foreach (var t in await db.Topics.Where(t => topicIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.Slug, t.Status }).ToListAsync(cancellationToken))
        {
            titles[(topics.EntityType, t.Id)] = (t.Title, t.Status == live ? "/topics/" + t.Slug : null);
        }
        foreach (var r in await db.Reviews.Where(r => reviewIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.Slug, r.Status }).ToListAsync(cancellationToken))
        {
            titles[(reviews.EntityType, r.Id)] = (r.Title, r.Status == live ? "/reviews/" + r.Slug : null);
        }
        return titles;
    }

    /// <summary>
    /// Snapshots as the editors' history reads them: a publish stored (before a fix) with the outgoing findings
    /// beside the incoming ones is cut back to what went live.
    /// </summary>
    private sealed class Snapshots(Dictionary<long, RevisionLink> links, Dictionary<long, StoredSnapshot> stored)
    {
        public StoredSnapshot Of(long id)
        {
            var snapshot = stored[id];
            return links.GetValueOrDefault(id) is { Action: RevisionAction.Published } link
                && link.PreviousId is { } previous && link.BaselineId is { } live && stored.ContainsKey(live)
                ? snapshot.WithoutOutgoingFindings(links.ContainsKey(live) ? Of(live) : stored[live], stored[previous])
                : snapshot;
        }
    }
}

internal sealed record RevisionLink(
    long Id,
    string EntityType,
    int EntityId,
    RevisionAction Action,
    DateTime At,
    long? PreviousId,
    long? BaselineId
);
