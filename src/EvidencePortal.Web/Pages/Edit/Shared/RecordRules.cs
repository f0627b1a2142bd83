using System.Linq.Expressions;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>The check every edit form makes against the store: that no other record already uses the address.</summary>
public static class RecordRules
{
    public static Task<bool> SlugTakenAsync<T>(
        IQueryable<T> records,
        Expression<Func<T, string>> slugOf,
        string slug,
        int? rootId,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord =>
        records
            .Where(r => r.DraftOfId == null && r.Id != rootId)
            .Select(slugOf)
            .AnyAsync(s => s == slug, cancellationToken);
}
