using EvidencePortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// A refused save, shown field by field: what the editor typed and what is saved now. The editor
/// chooses per field; nothing they typed is lost because the form below still holds it.
/// </summary>
public sealed record ConflictView(IReadOnlyList<ConflictField> Fields, string? ChangedBy, DateTime? ChangedAt)
{
    public static ConflictView Between<TInput>(
        IModelMetadataProvider metadata,
        RecordSnapshot<TInput> mine,
        RecordSnapshot<TInput> current,
        string? changedBy,
        DateTime? changedAt
    )
        where TInput : class =>
        new(
            current
                .ChangesFrom(mine)
                .Select(c => new ConflictField(
                    c.Field,
                    FieldLabels.Of(metadata, typeof(TInput), c.Field),
                    c.Before,
                    c.After
                ))
                .ToList(),
            changedBy,
            changedAt
        );

    /// <summary>
    /// For each field the editor chose "current" on, takes the saved value into the form. The form's metadata reaches
    /// the property; lists (a study's findings) are the page's to merge.
    /// </summary>
    public static void TakeCurrent<TInput>(
        IModelMetadataProvider metadata,
        TInput mine,
        TInput current,
        IReadOnlyDictionary<string, string> resolve
    )
        where TInput : class
    {
        var properties = metadata.GetMetadataForType(typeof(TInput)).Properties;
        foreach (var (field, choice) in resolve)
        {
            if (
                choice == "current"
                && properties[field] is { IsComplexType: false, PropertyGetter: { } get, PropertySetter: { } set }
            )
            {
                set(mine, get(current));
            }
        }
    }
}

public sealed record ConflictField(string Name, string Label, string? Mine, string? Current);

/// <summary>A field's label where history and conflicts name it: the [Display] name its form shows.</summary>
public static class FieldLabels
{
    public static string Of(IModelMetadataProvider metadata, Type inputType, string field) =>
        metadata.GetMetadataForType(inputType).Properties[field]?.DisplayName ?? field;
}
