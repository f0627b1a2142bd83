using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Re-renders the HTML kept for every Markdown field (drafts included) when the way it is rendered has changed. Only
/// the HTML is written, and only where it differs: a record's version and dates stay as editors left them.
/// </summary>
public static class StoredHtml
{
    /// <summary>The migrations whose arrival means stored HTML is out of date (see their summaries).</summary>
    public static readonly IReadOnlySet<string> RenderingChanges = new HashSet<string>(StringComparer.Ordinal)
    {
        "20261207143829_ScopeMarkdownIds", "20261207143833_ScopeMarkdownIds",
    };

    public static async Task<int> RerenderAsync(
        PortalDbContext db,
        MarkdownRenderer markdown,
        CancellationToken cancellationToken = default
    )
    {
        var changed = 0;
        foreach (var review in await db.Reviews.AsNoTracking().ToListAsync(cancellationToken))
        {
            var before = (
                review.OverviewHtml,
                review.SummaryOfStudiesHtml,
                review.KeyFindingsHtml,
                review.FutureResearchHtml
            );
            RecordHtml.Render(review, markdown);
            if (
                before
                != (review.OverviewHtml, review.SummaryOfStudiesHtml, review.KeyFindingsHtml, review.FutureResearchHtml)
            )
            {
                changed += await db
                    .Reviews.Where(r => r.Id == review.Id)
                    .ExecuteUpdateAsync(
                        set =>
                            set.SetProperty(r => r.OverviewHtml, review.OverviewHtml)
                                .SetProperty(r => r.SummaryOfStudiesHtml, review.SummaryOfStudiesHtml)
                                .SetProperty(r => r.KeyFindingsHtml, review.KeyFindingsHtml)
                                .SetProperty(r => r.FutureResearchHtml, review.FutureResearchHtml),
                        cancellationToken
                    );
            }
        }
        foreach (var topic in await db.Topics.AsNoTracking().ToListAsync(cancellationToken))
        {
            var before = topic.SummaryHtml;
            RecordHtml.Render(topic, markdown);
            if (before != topic.SummaryHtml)
            {
                changed += await db
                    .Topics.Where(t => t.Id == topic.Id)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(t => t.SummaryHtml, topic.SummaryHtml),
                        cancellationToken
                    );
            }
        }
        // Only an appraisal with an id in it (a heading, a footnote) renders differently; studies are read in batches
        // so a large store never sits in memory.
        var after = 0;
        while (
            await db
                .Studies.AsNoTracking()
                .Where(s => s.Id > after && s.AppraisalHtml.Contains(" id=\""))
                .OrderBy(s => s.Id)
                .Take(500)
                .ToListAsync(cancellationToken)
                is { Count: > 0 } batch
        )
        {
            foreach (var study in batch)
            {
                RecordHtml.Render(study, markdown);
                changed += await db
                    .Studies.Where(s => s.Id == study.Id)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(s => s.AppraisalHtml, study.AppraisalHtml),
                        cancellationToken
                    );
            }
            after = batch[^1].Id;
        }
        return changed;
    }
}
