using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// What a revision stores, what a diff compares and what a restore puts back: the record as its edit form
/// holds it (<typeparamref name="TInput"/>, e.g. StudyInput), and a study's findings with their names.
/// Its JSON is <c>{"Fields": {...}, "Findings": [...]}</c>, the shape every stored revision has.
/// </summary>
public sealed record RecordSnapshot<TInput>(TInput Fields, IReadOnlyList<FindingSnapshot>? Findings = null)
    where TInput : class
{
    /// <summary>The findings as one readable line each, for diffs and the conflict page.</summary>
    public string? FindingsText =>
        Findings is null
            ? null
            : string.Join(
                '\n',
                Findings.Select(f => $"{f.OutcomeName} · {f.InterventionName} · {f.Direction} · {f.Kind}: {f.Note}")
            );

    public string ToJson() => JsonSerializer.Serialize(this, SnapshotJson.Options);

    /// <summary>Fields whose values differ, in the form's order; findings compared as a whole.</summary>
    public IReadOnlyList<FieldChange> ChangesFrom(RecordSnapshot<TInput>? before)
    {
        var previous = before is null ? null : SnapshotJson.TextFields(before.Fields);
        var changes = new List<FieldChange>();
        foreach (var (name, after) in SnapshotJson.TextFields(Fields))
        {
            var was = previous?.GetValueOrDefault(name);
            if (!string.Equals(was ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, was, after));
            }
        }
        if (
            Findings is not null
            && !string.Equals(before?.FindingsText ?? "", FindingsText ?? "", StringComparison.Ordinal)
        )
        {
            changes.Add(new FieldChange(nameof(Findings), before?.FindingsText, FindingsText));
        }
        return changes;
    }
}

public static class RecordSnapshot
{
    /// <summary>
    /// Reads a stored snapshot. Fields it does not hold (added to the form since it was stored) keep their
    /// values in <paramref name="current"/>, so restoring an old revision never blanks a newer field.
    /// </summary>
    public static RecordSnapshot<TInput> FromJson<TInput>(string json, TInput current) where TInput : class
    {
        var stored = JsonNode.Parse(json)?.AsObject() ?? [];
        var fields = JsonSerializer.SerializeToNode(current, SnapshotJson.Options)!.AsObject();
        if (stored[nameof(RecordSnapshot<TInput>.Fields)] is JsonObject storedFields)
        {
            foreach (var (name, value) in storedFields)
            {
                fields[name] = value?.DeepClone();
            }
        }
        stored[nameof(RecordSnapshot<TInput>.Fields)] = fields;
        return stored.Deserialize<RecordSnapshot<TInput>>(SnapshotJson.Options)!;
    }
}

public sealed record FindingSnapshot(
    int InterventionId,
    string InterventionName,
    int OutcomeId,
    string OutcomeName,
    string Direction,
    string Kind,
    string Note
);

/// <summary>One field's change, stored in a revision's ChangesJson; <see cref="Field"/> is the form's property
/// name.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

internal static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new TextBooleanConverter() } };

    /// <summary>Each field of a form as the text a diff shows (true and false as words, as older revisions stored
    /// them).</summary>
    public static Dictionary<string, string?> TextFields<TInput>(TInput fields) =>
        JsonSerializer
            .SerializeToElement(fields, Options)
            .EnumerateObject()
            .ToDictionary(
                p => p.Name,
                p =>
                    p.Value.ValueKind switch
                    {
                        JsonValueKind.String => p.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => p.Value.GetRawText(),
                    }
            );

    /// <summary>Revisions stored before a form had yes/no fields hold them as the text "true" or "false".</summary>
    private sealed class TextBooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() == "true" : reader.GetBoolean();

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
            writer.WriteBooleanValue(value);
    }
}
