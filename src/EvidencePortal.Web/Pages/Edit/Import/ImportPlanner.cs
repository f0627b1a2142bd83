namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Decides, reference by reference, what an import does: checks the values (ReferenceChecks), then skips duplicates
/// of studies in the store and of earlier references in the same file. Run for the preview and
/// again when the import starts, so a study added meanwhile is not added twice.
/// </summary>
public static class ImportPlanner
{
    public static ImportPlan Plan(ParsedFile file, StoreIndex store)
    {
        var entries = new List<ImportEntry>(file.Records.Count);
        var seenDoi = new Dictionary<string, ImportEntry>(StringComparer.Ordinal);
        var seenTitle = new Dictionary<string, List<ImportEntry>>(StringComparer.Ordinal);
        foreach (var record in file.Records)
        {
            var entry = ReferenceChecks.Check(record);
            if (entry.Study is { } study)
            {
                entry = Duplicate(entry, study, store, seenDoi, seenTitle) ?? entry;
                if (entry.IsAdded)
                {
                    Remember(entry, study, seenDoi, seenTitle);
                }
            }
            entries.Add(entry);
        }
        return new ImportPlan(entries, file.IgnoredColumns);
    }

    private static ImportEntry? Duplicate(ImportEntry entry, PlannedStudy study, StoreIndex store,
        Dictionary<string, ImportEntry> seenDoi, Dictionary<string, List<ImportEntry>> seenTitle)
    {
        if (study.Doi is { } doi && store.WithDoi(doi) is { } byDoi)
        {
            return entry with
            {
                Skip = SkipReason.DuplicateInStore,
                Message = $"Already in the portal with the same DOI: \"{ImportText.Snippet(byDoi.Title, 120)}\".",
                ExistingStudyId = byDoi.Id,
            };
        }
        if (store.WithTitleAndYear(study.Title, study.Year, study.Doi is not null) is { } byTitle)
        {
            return entry with
            {
                Skip = SkipReason.DuplicateInStore,
                Message =
                    "Already in the portal with the same title and year: "
                    + $"\"{ImportText.Snippet(byTitle.Title, 120)}\".",
                ExistingStudyId = byTitle.Id,
            };
        }
        if (study.Doi is not null && seenDoi.TryGetValue(study.Doi, out var sameDoi))
        {
            return entry with
            {
                Skip = SkipReason.DuplicateInFile,
                Message = $"Repeats {Where(sameDoi)} of this file: the same DOI.",
            };
        }
        if (StoreIndex.TitleYearKey(study.Title, study.Year) is { } key && seenTitle.TryGetValue(key, out var sameTitle)
            && sameTitle.FirstOrDefault(e => study.Doi is null || e.Study!.Doi is null) is { } first)
        {
            return entry with
            {
                Skip = SkipReason.DuplicateInFile,
                Message = $"Repeats {Where(first)} of this file: the same title and year.",
            };
        }
        return null;
    }

    private static void Remember(
        ImportEntry entry,
        PlannedStudy study,
        Dictionary<string, ImportEntry> seenDoi,
        Dictionary<string, List<ImportEntry>> seenTitle
    )
    {
        if (study.Doi is not null)
        {
            seenDoi.TryAdd(study.Doi, entry);
        }
        if (StoreIndex.TitleYearKey(study.Title, study.Year) is { } key)
        {
            if (!seenTitle.TryGetValue(key, out var list))
            {
                seenTitle[key] = list = [];
            }
            list.Add(entry);
        }
    }

    private static string Where(ImportEntry entry) =>
        entry.Record is { } n ? $"record {n} (line {entry.Line})" : $"line {entry.Line}";
}
