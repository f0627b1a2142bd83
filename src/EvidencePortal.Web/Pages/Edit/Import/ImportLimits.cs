namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>How much one upload may hold: enough for any real reference export, small enough to parse in
/// memory.</summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The file plus the form around it; a larger request is refused before it is read.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (1024 * 1024);

    public const int MaxRecords = 50_000;

    /// <summary>File-level problems listed when a file is refused: the first few are enough to fix it.</summary>
    public const int ErrorsShown = 10;

    public static readonly IReadOnlyList<string> Extensions = [".ris", ".txt", ".csv"];
}
