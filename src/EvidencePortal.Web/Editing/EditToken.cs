using System.Globalization;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// Which row and version an editor's form was built from, carried in a hidden field. A save whose
/// token no longer matches the editable row (someone saved, or started a draft, meanwhile) is refused.
/// </summary>
public readonly record struct EditToken(int RowId, int Version)
{
    public override string ToString() => $"{RowId}.{Version}";

    public static bool TryParse(string? text, out EditToken token)
    {
        token = default;
        var parts = text?.Split('.') ?? [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            token = new EditToken(row, version);
            return true;
        }
        return false;
    }
}
