using EvidencePortal.Web.Editing;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Edit.Studies;

namespace EvidencePortal.Web.Pages.Edit.History;

/// <summary>
/// What changed between two snapshots: field by field in the form's order, then finding by finding, labelled as
/// the forms label them and valued as the public pages show them.
/// </summary>
public static class SnapshotDiff
{
    public static List<ChangeView> Between(
        StoredSnapshot? before,
        StoredSnapshot after,
        Type inputType,
        HistoryValues values
    )
    {
        var changes = values.Changes(inputType, before, after).Select(c => Change(c.Label, c.Before, c.After)).ToList();
        if (after.Findings is not null)
        {
            changes.AddRange(Findings(before?.Findings ?? [], after.Findings, values));
        }
        return changes;
    }

    /// <summary>Finding by finding, as <see cref="FindingPairs"/> pairs them; numbers are those of the form.</summary>
    private static List<ChangeView> Findings(
        IReadOnlyList<FindingSnapshot> before,
        IReadOnlyList<FindingSnapshot> after,
        HistoryValues values
    )
    {
        values.Remember(before.Concat(after));
        var (partner, removed) = FindingPairs.Match(before, after);
        var changes = new List<ChangeView>();
        for (var j = 0; j < after.Count; j++)
        {
            changes.AddRange(
                partner[j] is { } i
                    ? FindingPairs.FieldsOf(after[j])
                        .Zip(FindingPairs.FieldsOf(before[i]), (now, was) => (now.Name, Was: was.Value, Now: now.Value))
                        .Where(f => !string.Equals(f.Was ?? "", f.Now ?? "", StringComparison.Ordinal))
                        .Select(f => Change($"Finding {j + 1}: {Label(values, f.Name)}",
                            Show(values, f.Name, f.Was), Show(values, f.Name, f.Now)))
                    : [Whole($"Finding {j + 1}, added", after[j], values, added: true)]
            );
        }
        changes.AddRange(removed.Select(i => Whole($"Finding {i + 1}, removed", before[i], values, added: false)));
        return changes;
    }

    private static ChangeView Whole(string title, FindingSnapshot finding, HistoryValues values, bool added)
    {
        var lines = FindingPairs.FieldsOf(finding)
            .Select(f => (f.Name, Value: Show(values, f.Name, f.Value)))
            .Where(f => f.Value is not null)
            .Select(f => $"{Label(values, f.Name)}: {f.Value}")
            .ToList();
        var text = string.Join('\n', lines);
        return new ChangeView(title, added ? null : text, added ? text : null,
            lines.Select(l => new DiffLine(l, added, !added)).ToList());
    }

    private static ChangeView Change(string label, string? before, string? after) =>
        new(label, before, after, TextDiff.Lines(before, after));

    private static string Label(HistoryValues values, string field) =>
        values.FieldsOf(typeof(FindingInput)).First(f => f.Name == field).Label;

    private static string? Show(HistoryValues values, string field, string? stored) =>
        values.Show(typeof(FindingInput), field, stored);
}

public sealed record ChangeView(string Field, string? Before, string? After, IReadOnlyList<DiffLine> Diff);
