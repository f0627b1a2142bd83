namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// One reference as a file gave it, before any checking: text values, with the lines they came
/// from so every message can point the editor at the right place.
/// </summary>
public sealed class ReferenceRecord
{
    /// <summary>The line the record starts on (1-based).</summary>
    public required int Line { get; init; }

    /// <summary>Its position among the file's records (1-based); null for text that is not a record at all.</summary>
    public int? Number { get; init; }

    public string? Title { get; set; }
    public List<string> Authors { get; } = [];
    public string? Year { get; set; }
    public int YearLine { get; set; }
    public string? Journal { get; set; }
    public string? Volume { get; set; }
    public string? Issue { get; set; }
    public string? StartPage { get; set; }
    public string? EndPage { get; set; }
    public string? Doi { get; set; }
    public int DoiLine { get; set; }
    public List<string> Urls { get; } = [];
    public string? Design { get; set; }
    public string? Country { get; set; }
    public string? SampleSize { get; set; }
    public string? Population { get; set; }

    /// <summary>Read so a file is understood whole, but the portal has nowhere to keep them (editors write their own
    /// summaries).</summary>
    public string? Abstract { get; set; }
    public List<string> Keywords { get; } = [];

    /// <summary>Why the record could not be read as a whole (no end line, broken quotes...); it is then
    /// skipped.</summary>
    public string? Problem { get; set; }
}

/// <summary>
/// A parsed file. <see cref="Errors"/> are problems with the file as a whole (it is refused);
/// problems with single records travel on the records and only those records are skipped.
/// </summary>
public sealed record ParsedFile(
    IReadOnlyList<ReferenceRecord> Records,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> IgnoredColumns
)
{
    public static ParsedFile Refused(params string[] errors) => new([], errors, []);
}
