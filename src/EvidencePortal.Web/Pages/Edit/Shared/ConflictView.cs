using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// A refused save, shown field by field: what the editor typed and what is saved now. The editor
/// chooses per field; nothing they typed is lost because the form below still holds it.
/// </summary>
public sealed record ConflictView(IReadOnlyList<ConflictField> Fields, string? ChangedBy, DateTime? ChangedAt)
{
    public static ConflictView Between(RecordSnapshot mine, EditResult result, IReadOnlyDictionary<string, string> labels)
    {
        var current = result.Current!;
        var fields = current.ChangesFrom(mine)
            .Select(c => new ConflictField(c.Field, labels.GetValueOrDefault(c.Field, c.Field), c.Before, c.After))
            .ToList();
        return new ConflictView(fields, result.ChangedBy, result.ChangedAt);
    }
}

public sealed record ConflictField(string Name, string Label, string? Mine, string? Current);
