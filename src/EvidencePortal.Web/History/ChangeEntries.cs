using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.History;

/// <summary>
/// Each published change as an entry of a change log: what happened (added, updated, withdrawn...) to which record,
/// and the sentences that say what it changed. A study is added or removed where its findings start or stop being
/// on the log's interventions.
/// </summary>
public sealed class ChangeEntries(
    HistoryValues values,
    IReadOnlyCollection<int> interventions,
    IReadOnlyDictionary<(string, int), (string Title, string? Href)> titles,
    IReadOnlyDictionary<string, (Type Input, string Noun)> kinds
)
{
    private readonly ChangeWording wording = new(values, interventions);

    /// <param name="before">The version live before a publish; null for a first publish, a withdrawal and a
    /// return.</param>
    public ChangeEntry Of(
        string entityType,
        int entityId,
        RevisionAction action,
        StoredSnapshot? before,
        StoredSnapshot after
    )
    {
        var (input, noun) = kinds[entityType];
        var (title, href) = titles.GetValueOrDefault((entityType, entityId), ("A record no longer held", null));
        var study = after.Findings is not null;
        var arrived = before is null || (study && !wording.Covers(before));
        var what = action switch
        {
            RevisionAction.Deleted => "withdrawn",
            RevisionAction.Restored => "brought back",
            _ when before is null && !study => "published",
            _ when arrived => "added",
            _ when study && !wording.Covers(after) => "removed",
            _ => "updated",
        };
        var lines = (action, before) switch
        {
            (not RevisionAction.Published, _) => [],
            (_, null) => wording.Findings(after).ToList(),
            (_, { } live) when arrived => wording.Findings(after).ToList(),
            (_, { } live) => wording.Fields(input, live, after)
                .Concat(study ? wording.Findings(live, after) : []).ToList(),
        };
        if (action == RevisionAction.Published && before is not null && lines.Count == 0)
        {
            lines.Add("Published again: nothing shown here changed");
        }
        return new ChangeEntry($"{noun} {what}", title, href, lines);
    }
}
