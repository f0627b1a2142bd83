using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>Why a reference is not imported.</summary>
public enum SkipReason
{
    Unreadable,
    MissingTitle,
    MissingYear,
    BadYear,
    BadDoi,
    TooLong,
    DuplicateInStore,
    DuplicateInFile,
}

/// <summary>A checked reference, tidied into the values its draft study will have.</summary>
public sealed record PlannedStudy(
    string Title,
    IReadOnlyList<string> Authors,
    string? Surname,
    int Year,
    string? Journal,
    string? VolumeIssuePages,
    string? Doi,
    IReadOnlyList<string> Urls,
    string? Design,
    DesignCategory DesignCategory,
    string? Country,
    string? SampleSize,
    string? Population
);

/// <summary>What will happen (or happened) to one reference of the file, and why.</summary>
public sealed record ImportEntry(
    int Line,
    int? Record,
    string Title,
    PlannedStudy? Study,
    SkipReason? Skip,
    string? Message,
    int? ExistingStudyId = null
)
{
    public bool IsAdded => Skip is null;

    /// <summary>For the preview and report: why it is skipped, or what the draft will say (year, authors, DOI, design
    /// group) and any notes.</summary>
    public string? Details
    {
        get
        {
            if (Study is not { } s || !IsAdded)
            {
                return Message;
            }
            var parts = new List<string>
            {
                $"{s.Year}",
                s.Authors.Count == 0 ? "no authors" : Citation.ShortAuthors(string.Join(", ", s.Authors)),
            };
            if (s.Doi is not null)
            {
                parts.Add($"DOI {s.Doi}");
            }
            parts.Add($"design group: {s.DesignCategory.Label()}");
            return string.Join("; ", parts) + (Message is null ? "" : ". " + Message);
        }
    }
}

/// <summary>Every reference of a file, in file order, each to be added or skipped.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportEntry> Entries, IReadOnlyList<string> IgnoredColumns)
{
    public int AddCount => Entries.Count(e => e.IsAdded);
    public int SkipCount => Entries.Count - AddCount;

    /// <summary>Skipped references counted by reason, most common first, in words for the preview.</summary>
    public IReadOnlyList<(string Reason, int Count)> SkipCounts => Entries.Where(e => !e.IsAdded)
        .GroupBy(e => Describe(e.Skip!.Value)).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ToList();

    public static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.DuplicateInStore => "already in the portal",
        SkipReason.DuplicateInFile => "repeated within this file",
        SkipReason.MissingTitle => "no title",
        SkipReason.MissingYear => "no year",
        SkipReason.BadYear => "a year that is not a year",
        SkipReason.BadDoi => "a DOI that is not a DOI",
        SkipReason.TooLong => "a value too long to keep",
        _ => "could not be read",
    };
}
