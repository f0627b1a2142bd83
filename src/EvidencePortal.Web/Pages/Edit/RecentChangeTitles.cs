using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit;

/// <summary>One recent change, named by its record's title as it is now (an editor knows "Harris 1999", not
/// "Study 40").</summary>
public sealed record ChangeRow(
    string EntityType,
    int EntityId,
    string Title,
    int Number,
    string Action,
    string UserName,
    DateTime At
);

/// <summary>The latest revisions, with one query per type of record for their titles.</summary>
public static class RecentChangeTitles
{
    public static async Task<IReadOnlyList<ChangeRow>> LoadAsync(
        PortalDbContext db,
        int count,
        CancellationToken cancellationToken
    )
    {
        var revisions = await db.Revisions.AsNoTracking().OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Take(count).ToListAsync(cancellationToken);
        var titles = new Dictionary<(string, int), string>();
        foreach (var group in revisions.GroupBy(r => r.EntityType))
        {
            var ids = group.Select(r => r.EntityId).Distinct().ToList();
            var named = group.Key switch
            {
                "Study" => db.Studies.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Title = r.Title }),
                "Topic" => db.Topics.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Title = r.Title }),
                "Review" => db.Reviews.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Title = r.ShortTitle }),
                "Intervention" => db.Interventions.Where(r => ids.Contains(r.Id))
                    .Select(r => new { r.Id, Title = r.Name }),
                "Outcome" => db.Outcomes.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Title = r.Name }),
                _ => null,
            };
            foreach (var record in named is null ? [] : await named.ToListAsync(cancellationToken))
            {
                titles[(group.Key, record.Id)] = record.Title;
            }
        }
        return revisions
            .Select(r => new ChangeRow(
                r.EntityType,
                r.EntityId,
                titles.GetValueOrDefault((r.EntityType, r.EntityId)) ?? $"{r.EntityType} {r.EntityId}",
                r.Number,
                r.Action.Label(),
                r.UserName,
                r.At
            ))
            .ToList();
    }
}
