using System.Text.Json;
using System.Text.Json.Nodes;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.History;

/// <summary>
/// A revision's snapshot as stored, read without its form type: each field as text (older revisions hold every value
/// as text, newer ones hold yes and no as true and false, and both read "true"), and a study's findings.
/// </summary>
public sealed record StoredSnapshot(
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<FindingSnapshot>? Findings
)
{
    public static StoredSnapshot Parse(string json)
    {
        var stored = JsonNode.Parse(json) as JsonObject;
        var fields = stored?[nameof(Fields)] as JsonObject ?? [];
        return new StoredSnapshot(
            fields.ToDictionary(p => p.Key, p => Text(p.Value)),
            stored?[nameof(Findings)] is JsonArray findings ? findings.Deserialize<List<FindingSnapshot>>() : null
        );
    }

    /// <summary>
    /// Publishes recorded while the snapshot was read from the live row mid-publish hold the findings that went out
    /// (those of <paramref name="live"/>) beside those of the draft that went live (<paramref name="draft"/>, the
    /// revision before). Only such a list is exactly both together, so only it is cut back to the draft's.
    /// </summary>
    public StoredSnapshot WithoutOutgoingFindings(StoredSnapshot live, StoredSnapshot draft) =>
        Findings is null || draft.Findings is null || live.Findings is not { Count: > 0 }
        || !Keys(Findings).SequenceEqual(Keys([.. live.Findings, .. draft.Findings]))
            ? this
            : this with { Findings = draft.Findings };

    /// <summary>What makes two findings the same, whatever names their snapshots kept.</summary>
    public static (int, int, string, string, string) Key(FindingSnapshot finding) =>
        (finding.InterventionId, finding.OutcomeId, finding.Direction, finding.Kind, finding.Note);

    private static IEnumerable<(int, int, string, string, string)> Keys(IEnumerable<FindingSnapshot> findings) =>
        findings.Select(Key).Order();

    private static string? Text(JsonNode? value) =>
        value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            ? text.GetValue<string>()
            : value?.ToJsonString();
}
