using System.Text.Json;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// A record's editable state as text: what a revision stores, what a diff compares and what a
/// restore puts back. Findings (a study's children) travel as their own list.
/// </summary>
public sealed record RecordSnapshot(IReadOnlyDictionary<string, string?> Fields, IReadOnlyList<FindingSnapshot>? Findings = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RecordSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<RecordSnapshot>(json, Json) ?? new RecordSnapshot(new Dictionary<string, string?>());

    /// <summary>The findings as one readable line each, for diffs and the conflict page.</summary>
    public string? FindingsText => Findings is null ? null
        : string.Join('\n', Findings.Select(f => $"{f.OutcomeName} · {f.InterventionName} · {f.Direction} · {f.Kind}: {f.Note}"));

    /// <summary>Fields whose values differ, in field order; findings compared as a whole.</summary>
    public IReadOnlyList<FieldChange> ChangesFrom(RecordSnapshot? before)
    {
        var changes = new List<FieldChange>();
        foreach (var (name, after) in Fields)
        {
            var previous = before?.Fields.GetValueOrDefault(name);
            if (!string.Equals(previous ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, previous, after));
            }
        }
        if (Findings is not null && !string.Equals(before?.FindingsText ?? "", FindingsText ?? "", StringComparison.Ordinal))
        {
            changes.Add(new FieldChange("Findings", before?.FindingsText, FindingsText));
        }
        return changes;
    }
}

public sealed record FindingSnapshot(
    int InterventionId, string InterventionName, int OutcomeId, string OutcomeName, string Direction, string Kind, string Note);

public sealed record FieldChange(string Field, string? Before, string? After);
