using System.Linq.Expressions;
using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Data;

/// <summary>
/// What the public may see: published rows only. Drafts (new, or pending edits of a live record)
/// and deleted rows never leave the editors' pages. Every public query starts here.
/// </summary>
public static class LiveQueries
{
    public static IQueryable<T> Live<T>(this IQueryable<T> records) where T : PublishableRecord =>
        records.Where(IsLive<T>());

    /// <summary>The same rule for a compiled query, which cannot call <see cref="Live{T}"/> on its context.</summary>
    public static Expression<Func<T, bool>> IsLive<T>() where T : PublishableRecord =>
        r => r.Status == PublicationStatus.Published;

    /// <summary>A finding is public when its study, intervention, topic and outcome all are.</summary>
    public static IQueryable<Finding> Live(this IQueryable<Finding> findings) =>
        findings.Where(f => f.Study!.Status == PublicationStatus.Published
            && f.Intervention!.Status == PublicationStatus.Published
            && f.Intervention.Topic!.Status == PublicationStatus.Published
            && f.Outcome!.Status == PublicationStatus.Published);
}
