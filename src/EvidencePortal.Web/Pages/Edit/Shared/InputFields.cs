using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// Edit forms name their text properties after the record's fields (Title, Slug, ...), so a form can
/// be read as a snapshot, cleaned, and merged with the saved version without per-form code.
/// </summary>
public static class InputFields
{
    public static Dictionary<string, string?> Values(object input, IEnumerable<string> fieldNames) =>
        fieldNames.ToDictionary(name => name, name => input.GetType().GetProperty(name)?.GetValue(input) as string);

    /// <summary>Removes control characters and trims every text property.</summary>
    public static void Clean(object input)
    {
        foreach (var property in input.GetType().GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
        {
            property.SetValue(input, TextInput.Clean((string?)property.GetValue(input)));
        }
    }

    /// <summary>For each field the editor chose "current" on the conflict page, takes the saved value.</summary>
    public static void TakeCurrent(object input, RecordSnapshot current, IReadOnlyDictionary<string, string> resolve)
    {
        foreach (var (field, choice) in resolve)
        {
            if (choice == "current" && current.Fields.TryGetValue(field, out var value))
            {
                input.GetType().GetProperty(field)?.SetValue(input, value);
            }
        }
    }
}
