using System.Globalization;

namespace EvidencePortal.Web.Editing;

/// <summary>Text forms of the typed values fields hold: the same on every path, so diffs stay honest.</summary>
public static class FieldText
{
    public static string? Lines(IEnumerable<string> items) => string.Join('\n', items);

    public static List<string> ToLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static int ToInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ToDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string? Enum<TEnum>(TEnum? value) where TEnum : struct, System.Enum => value?.ToString();

    public static TEnum? ToEnum<TEnum>(string? text) where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(text, out var v) ? v : null;

    public static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
