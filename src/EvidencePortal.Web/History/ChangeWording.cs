using System.Reflection;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Edit.Studies;
using EvidencePortal.Web.Pages.Edit.Topics;

namespace EvidencePortal.Web.History;

/// <summary>
/// What a published change did, in sentences a practitioner reads: fields by the labels the forms give them (which
/// the public pages share), values as the public pages show them, a finding by its outcome, and a headline rating set
/// by the editors with the reason they gave. Only findings on <paramref name="interventions"/> are spoken of; where
/// those are several, each finding also names its intervention.
/// </summary>
public sealed class ChangeWording(HistoryValues values, IReadOnlyCollection<int> interventions)
{
    private const int ShortText = 150;

    /// <summary>The record's own fields that changed; where it is found (its address, its position) is not
    /// news.</summary>
    public IEnumerable<string> Fields(Type inputType, StoredSnapshot before, StoredSnapshot after)
    {
        var lines = values.Changes(inputType, before, after)
            .Where(c => inputType.GetProperty(c.Name) is { } p
                && p.GetCustomAttribute<SlugAttribute>() is null && p.GetCustomAttribute<PositionAttribute>() is null)
            .Where(c => inputType != typeof(TopicInput) || !IsOverride(c.Name))
            .Select(c => Sentence(Public(c.Label), c.Before, c.After));
        return inputType == typeof(TopicInput) ? lines.Concat(Override(before, after)) : lines;
    }

    /// <summary>A topic's headline rating as the editors set it (all three fields, as the topic page applies it), with
    /// their reason as the why.</summary>
    private IEnumerable<string> Override(StoredSnapshot before, StoredSnapshot after)
    {
        var (was, now) = (SetRating(before), SetRating(after));
        if (was == now)
        {
            yield break;
        }
        var (direction, strength) = (TopicLabel(nameof(TopicInput.OverrideDirection)),
            TopicLabel(nameof(TopicInput.OverrideStrength)));
        if (now is null)
        {
            yield return "The editors’ headline rating was withdrawn: the rating is worked out from the studies again.";
            yield break;
        }
        if (was is null)
        {
            yield return $"The editors set the headline rating in place of the one worked out from the studies: "
                + $"{direction} {now.Value.Direction}, {strength} {now.Value.Strength}.";
        }
        else
        {
            var parts = new[]
            {
                (direction, was.Value.Direction, now.Value.Direction),
                (strength, was.Value.Strength, now.Value.Strength),
            };
            foreach (var (what, from, to) in parts)
            {
                if (from != to)
                {
                    yield return $"Headline rating: {what} changed from {from} to {to}";
                }
            }
        }
        yield return $"Why: {now.Value.Why}";
    }

    private (string Direction, string Strength, string Why)? SetRating(StoredSnapshot snapshot)
    {
        string? Shown(string field) =>
            values.Show(typeof(TopicInput), field, snapshot.Fields.GetValueOrDefault(field))?.Trim()
                is { Length: > 0 } v
                ? v
                : null;
        return (Shown(nameof(TopicInput.OverrideDirection)), Shown(nameof(TopicInput.OverrideStrength)),
                Shown(nameof(TopicInput.OverrideRationale))) is ({ } d, { } s, { } w)
            ? (d, s, w)
            : null;
    }

    private string TopicLabel(string field) =>
        Lower(Public(values.FieldsOf(typeof(TopicInput)).First(f => f.Name == field).Label));

    private static bool IsOverride(string field) =>
        field is nameof(TopicInput.OverrideDirection) or nameof(TopicInput.OverrideStrength)
            or nameof(TopicInput.OverrideRationale);

    public bool Covers(StoredSnapshot snapshot) => snapshot.Findings?.Any(Covers) == true;

    private bool Covers(FindingSnapshot finding) => interventions.Contains(finding.InterventionId);

    /// <summary>A study's findings here, as they stand (for a study added).</summary>
    public IEnumerable<string> Findings(StoredSnapshot snapshot) =>
        (snapshot.Findings ?? []).Where(Covers).Select(f => $"{Subject(f)}: {Direction(f)}");

    /// <summary>Finding by finding, paired as the editors' history pairs them; a finding moved onto or off these
    /// interventions is added or removed here.</summary>
    public IEnumerable<string> Findings(StoredSnapshot before, StoredSnapshot after)
    {
        var (was, now) = (before.Findings ?? [], after.Findings ?? []);
        values.Remember(was.Concat(now));
        var (partner, removed) = FindingPairs.Match(was, now);
        var lines = new List<string>();
        for (var j = 0; j < now.Count; j++)
        {
            var earlier = partner[j] is { } i ? was[i] : null;
            if (earlier is not null && Covers(earlier) && Covers(now[j]))
            {
                lines.AddRange(Changed(earlier, now[j]));
            }
            else if (Covers(now[j]))
            {
                lines.Add($"New {Lower(Subject(now[j]))}: {Direction(now[j])}");
            }
            else if (earlier is not null && Covers(earlier))
            {
                lines.Add($"{Subject(earlier)} removed");
            }
        }
        return lines.Concat(removed.Where(i => Covers(was[i])).Select(i => $"{Subject(was[i])} removed"));
    }

    private IEnumerable<string> Changed(FindingSnapshot before, FindingSnapshot after) =>
        FindingPairs.FieldsOf(after)
            .Zip(FindingPairs.FieldsOf(before), (now, was) => (now.Name, Was: was.Value, Now: now.Value))
            .Where(f => !string.Equals(f.Was ?? "", f.Now ?? "", StringComparison.Ordinal))
            .Select(f => (f.Name, Was: Show(f.Name, f.Was), Now: Show(f.Name, f.Now)))
            .Select(f => f.Name == nameof(FindingInput.Direction)
                ? $"{Subject(before)} changed from {f.Was} to {f.Now}"
                : $"{Subject(before)}: {Lower(Sentence(FindingLabel(f.Name), f.Was, f.Now))}");

    private string Subject(FindingSnapshot finding) =>
        $"Finding on {Show(nameof(FindingInput.OutcomeId), FieldText.Int(finding.OutcomeId))?.ToLowerInvariant()}"
        + (interventions.Count > 1
            ? $" ({Show(nameof(FindingInput.InterventionId), FieldText.Int(finding.InterventionId))})"
            : "");

    private string? Direction(FindingSnapshot finding) => Show(nameof(FindingInput.Direction), finding.Direction);

    private string? Show(string field, string? stored) => values.Show(typeof(FindingInput), field, stored);

    private string FindingLabel(string field) =>
        Public(values.FieldsOf(typeof(FindingInput)).First(f => f.Name == field).Label);

    /// <summary>A change in words: short values whole, long text (a summary, appraisal notes) only named.</summary>
    private static string Sentence(string label, string? before, string? after) =>
        string.IsNullOrEmpty(after) ? $"{label} removed"
        : string.IsNullOrEmpty(before) ? (IsShort(after) ? $"{label} added: {after}" : $"{label} added")
        : IsShort(before) && IsShort(after) ? $"{label} changed from {before} to {after}"
        : $"{label} changed";

    private static bool IsShort(string text) => text.Length <= ShortText && !text.Contains('\n');

    /// <summary>A form's label as a reader needs it: whether a field may be left empty is the editors'
    /// business.</summary>
    private static string Public(string label) =>
        label.EndsWith(" (optional)", StringComparison.Ordinal) ? label[..^" (optional)".Length] : label;

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
