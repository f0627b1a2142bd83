using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Studies;

namespace EvidencePortal.Web.History;

/// <summary>
/// Which finding of one revision is which of another's. A finding keeps no id from one revision to the next (its row
/// changes between draft and live copies), so each is matched with the earlier one that is the same, or else has the
/// same intervention and outcome, or else stands in the same place; the rest were added or removed.
/// </summary>
public sealed record FindingPairs(IReadOnlyList<int?> PartnerOf, IReadOnlyList<int> Removed)
{
    /// <summary><see cref="PartnerOf"/>[j] is the index in <paramref name="before"/> of the finding that
    /// <paramref name="after"/>[j] was (null: added); <see cref="Removed"/> the indexes of those that went.</summary>
    public static FindingPairs Match(IReadOnlyList<FindingSnapshot> before, IReadOnlyList<FindingSnapshot> after)
    {
        var partner = new int?[after.Count];
        var taken = new bool[before.Count];
        Func<int, int, bool>[] rules =
        [
            (i, j) => StoredSnapshot.Key(before[i]) == StoredSnapshot.Key(after[j]),
            (i, j) => (before[i].InterventionId, before[i].OutcomeId) == (after[j].InterventionId, after[j].OutcomeId),
            (i, j) => i == j,
        ];
        foreach (var rule in rules)
        {
            for (var j = 0; j < after.Count; j++)
            {
                var match = Enumerable.Range(0, before.Count).FirstOrDefault(i => !taken[i] && rule(i, j), -1);
                if (partner[j] is null && match >= 0)
                {
                    (partner[j], taken[match]) = (match, true);
                }
            }
        }
        return new(partner, Enumerable.Range(0, before.Count).Where(i => !taken[i]).ToList());
    }

    /// <summary>A finding's values under the names of the study form's fields, whose labels name them.</summary>
    public static (string Name, string? Value)[] FieldsOf(FindingSnapshot f) =>
    [
        (nameof(FindingInput.InterventionId), FieldText.Int(f.InterventionId)),
        (nameof(FindingInput.OutcomeId), FieldText.Int(f.OutcomeId)),
        (nameof(FindingInput.Direction), f.Direction),
        (nameof(FindingInput.Kind), f.Kind),
        (nameof(FindingInput.Note), f.Note),
    ];
}
