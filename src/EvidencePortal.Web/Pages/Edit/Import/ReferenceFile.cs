namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>The formats an import reads, and which parser reads each.</summary>
public static class ReferenceFile
{
    public const string Ris = "ris";
    public const string Csv = "csv";

    /// <summary>.ris and .txt (EndNote's RIS export) are RIS; .csv is CSV; anything else is not accepted.</summary>
    public static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".ris" or ".txt" => Ris,
        ".csv" => Csv,
        _ => null,
    };

    public static ParsedFile Parse(string format, string text) =>
        format == Csv ? CsvReferenceParser.Parse(text) : RisParser.Parse(text);
}
