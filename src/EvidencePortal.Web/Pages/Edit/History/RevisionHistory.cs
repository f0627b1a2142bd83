using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;

namespace EvidencePortal.Web.Pages.Edit.History;

/// <summary>
/// Each revision with what it changed, worked out from the stored snapshots (so revisions stored long ago read the
/// same way): a draft saved, restored or discarded against the revision before it; a publish or a deletion against
/// the version that was live before it, which is what it changed for the public.
/// </summary>
public static class RevisionHistory
{
    /// <summary>The revisions, newest first.</summary>
    public static IReadOnlyList<RevisionView> Of(IEnumerable<Revision> stored, Type inputType, HistoryValues values)
    {
        var revisions = stored.OrderBy(r => r.Number).ToList();
        var snapshots = new List<StoredSnapshot>();
        var views = new List<RevisionView>();
        for (var n = 0; n < revisions.Count; n++)
        {
            var revision = revisions[n];
            var since = BaselineOf(revisions, n);
            var snapshot = StoredSnapshot.Parse(revision.SnapshotJson);
            if (revision.Action == RevisionAction.Published && since is { } live)
            {
                snapshot = snapshot.WithoutOutgoingFindings(snapshots[live], snapshots[n - 1]);
            }
            snapshots.Add(snapshot);
            var changes = SnapshotDiff.Between(since is { } s ? snapshots[s] : null, snapshot, inputType, values);
            var summary = since is { } b ? Summary(revision, changes.Count, revisions[b].Number, b == n - 1) : null;
            var action = revision.Action.Label();
            views.Add(new(revision.Number, action, revision.At, revision.UserName, revision.Note, summary, changes));
        }
        views.Reverse();
        return views;
    }

    private static int? BaselineOf(List<Revision> revisions, int n)
    {
        if (n > 0 && revisions[n].Action is RevisionAction.Published or RevisionAction.Deleted)
        {
            var live = revisions.FindLastIndex(n - 1, n,
                r => r.Action is RevisionAction.Published or RevisionAction.Imported);
            if (live >= 0)
            {
                return live;
            }
        }
        return n == 0 ? null : n - 1;
    }

    private static string Summary(Revision revision, int changes, int since, bool previous) =>
        changes == 0 ? $"{revision.Action.Label()}, no changes since revision {since}"
        : previous ? $"Changes since revision {since}:"
        : $"Changes since revision {since}, the version live before:";
}

public sealed record RevisionView(
    int Number,
    string Action,
    DateTime At,
    string UserName,
    string? Note,
    string? Summary,
    IReadOnlyList<ChangeView> Changes
);
