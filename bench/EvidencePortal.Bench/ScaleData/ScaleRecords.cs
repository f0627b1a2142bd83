namespace EvidencePortal.Bench.ScaleData;

/// <summary>A published intervention read from the store: generated findings are about the real ones.</summary>
public sealed record RealIntervention(int Id, string Slug, string Name);

/// <summary>A published outcome read from the store, for the same reason.</summary>
public sealed record RealOutcome(int Id, string Slug, string Name);

/// <summary>A finding the generator made, as the seed command writes it to the Findings table.</summary>
public sealed record GeneratedFinding(int InterventionId, int OutcomeId, string Direction, string Kind, string Note);

/// <summary>A study the generator made, as the seed command writes it to the Studies table.</summary>
public sealed record GeneratedStudy(
    string Slug,
    string Authors,
    int Year,
    string Title,
    string Journal,
    string Design,
    string DesignCategory,
    string? Country,
    string Setting,
    string? SampleSize,
    string Population,
    IReadOnlyList<string> OutcomesMeasured,
    string AppraisalMarkdown,
    string AppraisalHtml,
    IReadOnlyList<GeneratedFinding> Findings
);
