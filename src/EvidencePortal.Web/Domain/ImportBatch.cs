namespace EvidencePortal.Web.Domain;

/// <summary>
/// An uploaded RIS or CSV file between its preview and its import, and the report afterwards.
/// Progress counters let a large import show how far it has got.
/// </summary>
public class ImportBatch
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public required string FileName { get; set; }

    /// <summary>ris or csv.</summary>
    public required string Format { get; set; }
    public required string Content { get; set; }
    public ImportStatus Status { get; set; }
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Added { get; set; }
    public int Skipped { get; set; }

    /// <summary>JSON list of {line, title, outcome, reason} written as the import runs.</summary>
    public string? ReportJson { get; set; }
    public string? Error { get; set; }
    public DateTime? CompletedAt { get; set; }
}

public enum ImportStatus
{
    Previewed,
    Running,
    Completed,
    Failed,
    Cancelled,
}
