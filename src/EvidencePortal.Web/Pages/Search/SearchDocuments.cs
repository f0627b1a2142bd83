using System.Net;
using System.Text.RegularExpressions;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>A published study as the index holds it: the text to search and the values to facet on.</summary>
public sealed record StudyDocument(
    int Id, string Slug, string Title, string Authors, int Year, string Design, string Names, string Details,
    string Notes, IReadOnlyList<FindingFacet> Findings);

/// <summary>One live finding's facet values (slugs): filters on topic, outcome and direction hold for one
/// finding.</summary>
public sealed record FindingFacet(string Topic, string Outcome, string Direction);

public sealed record TopicDocument(int Id, string Slug, string Title, string KeyMessage, string Summary);

/// <summary>Reads published records from the store and shapes them into search documents (two queries a
/// batch).</summary>
public static partial class SearchDocuments
{
    public static async Task<List<StudyDocument>> StudiesAsync(
        PortalDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var idList = ids.ToList();
        if (idList.Count == 0)
        {
            return [];
        }
        // The id range lets SQLite walk the primary key (and the StudyId index) instead of every published row.
        var (first, last) = (idList.Min(), idList.Max());
        var studies = await db.Studies.AsNoTracking().Live()
            .Where(s => s.Id >= first && s.Id <= last && idList.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.Slug, s.Title, s.Authors, s.Year, s.DesignCategory, s.Design, s.Journal, s.Population,
                s.Setting, s.Country,
            })
            .ToListAsync(cancellationToken);
        var findings = (await db.Findings.AsNoTracking().Live()
            .Where(f => f.StudyId >= first && f.StudyId <= last && idList.Contains(f.StudyId))
            .OrderBy(f => f.Order)
            .Select(f => new
            {
                f.StudyId, Topic = f.Intervention!.Topic!.Slug, TopicTitle = f.Intervention.Topic.Title,
                Intervention = f.Intervention.Name, Outcome = f.Outcome!.Slug, OutcomeName = f.Outcome.Name,
                f.Direction, f.Note,
            })
            .ToListAsync(cancellationToken)).ToLookup(f => f.StudyId);

        return studies.Select(s =>
        {
            var own = findings[s.Id].ToList();
            var names = own.Select(f => f.Intervention)
                .Concat(own.Select(f => f.OutcomeName))
                .Concat(own.Select(f => f.TopicTitle));
            var details = new[] { s.Design, s.DesignCategory.Label(), s.Journal, s.Population, s.Setting, s.Country };
            return new StudyDocument(s.Id, s.Slug, s.Title, s.Authors ?? "", s.Year, s.DesignCategory.Slug(),
                string.Join("; ", names.Distinct()),
                string.Join("\n", details.Where(d => !string.IsNullOrWhiteSpace(d))),
                string.Join("\n", own.Select(f => f.Note)),
                own.Select(f => new FindingFacet(f.Topic, f.Outcome, f.Direction.Slug())).Distinct().ToList());
        }).ToList();
    }

    /// <summary>Live study ids after <paramref name="afterId"/>, in order: a rebuild walks the store in
    /// batches.</summary>
    public static Task<List<int>> LiveStudyIdsAsync(
        PortalDbContext db, int afterId, int take, CancellationToken cancellationToken) =>
        db.Studies.AsNoTracking().Live().Where(s => s.Id > afterId).OrderBy(s => s.Id).Select(s => s.Id)
            .Take(take).ToListAsync(cancellationToken);

    public static async Task<List<TopicDocument>> TopicsAsync(
        PortalDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var idList = ids?.ToList();
        var topics = await db.Topics.AsNoTracking().Live().Where(t => idList == null || idList.Contains(t.Id))
            .Select(t => new { t.Id, t.Slug, t.Title, t.KeyMessage, t.SummaryHtml })
            .ToListAsync(cancellationToken);
        return topics
            .Select(t => new TopicDocument(t.Id, t.Slug, t.Title, t.KeyMessage, PlainText(t.SummaryHtml)))
            .ToList();
    }

    /// <summary>Stored summaries are sanitised HTML; the index wants their words, with block ends as spaces.</summary>
    public static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
