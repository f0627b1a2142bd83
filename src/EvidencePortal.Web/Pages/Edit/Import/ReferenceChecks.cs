using EvidencePortal.Web.Content;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// A reference's own checks, for ImportPlanner: its values are read, tidied and checked before it is compared
/// with the store and the rest of the file.
/// </summary>
internal static class ReferenceChecks
{
    /// <summary>The checks, in the order an editor would fix them.</summary>
    public static ImportEntry Check(ReferenceRecord record)
    {
        var title = ReferenceText.Line(record.Title);
        var shown = title is null ? "(no title)" : ImportText.Snippet(title, 300);
        ImportEntry Skip(SkipReason reason, string message) =>
            new(record.Line, record.Number, shown, null, reason, message);

        if (record.Problem is not null)
        {
            return Skip(SkipReason.Unreadable, record.Problem);
        }
        if (title is null)
        {
            return Skip(SkipReason.MissingTitle, $"{Where(record)} has no title.");
        }
        var yearText = ReferenceText.Line(record.Year);
        if (yearText is null)
        {
            return Skip(SkipReason.MissingYear, $"{Where(record)} has no year of publication.");
        }
        var yearLine = record.YearLine > 0 ? record.YearLine : record.Line;
        if (ReferenceText.Year(yearText) is not { } year || year < 1900 || year > ReferenceText.MaxYear)
        {
            return Skip(
                SkipReason.BadYear,
                $"Line {yearLine}: the year \"{ImportText.Snippet(yearText)}\" "
                    + $"is not a year between 1900 and {ReferenceText.MaxYear}, like 1999."
            );
        }
        var doiText = ReferenceText.Line(record.Doi);
        var doi = ReferenceText.NormaliseDoi(doiText);
        if (doi is not null && (doi.Length > 200 || !ContentRules.DoiPattern().IsMatch(doi)))
        {
            return Skip(
                SkipReason.BadDoi,
                $"Line {(record.DoiLine > 0 ? record.DoiLine : record.Line)}: \"{ImportText.Snippet(doiText)}\" "
                    + "is not a DOI like 10.1192/bjp.174.3.219."
            );
        }
        var authors = record.Authors.Select(ReferenceText.Author).OfType<string>().ToList();
        var (urls, ignoredUrls) = ReferenceText.WebAddresses(record.Urls);
        if (doi is null && DoiFromAddresses(urls) is { } linked)
        {
            doi = linked;
        }
        var design = ReferenceText.Line(record.Design);
        var study = new PlannedStudy(
            title,
            authors,
            ReferenceText.Surname(record.Authors),
            year,
            ReferenceText.Line(record.Journal),
            ReferenceText.VolumeIssuePages(record.Volume, record.Issue, record.StartPage, record.EndPage),
            doi,
            urls,
            design,
            DesignRule.Categorise(design),
            ReferenceText.Line(record.Country),
            ReferenceText.Line(record.SampleSize),
            ReferenceText.Line(record.Population)
        );
        if (TooLong(study) is { } field)
        {
            return Skip(
                SkipReason.TooLong,
                $"{Where(record)}: the {field.Name} is longer than the {field.Max:N0} characters the portal keeps."
            );
        }
        var notes = new List<string>();
        if (authors.Count == 0)
        {
            notes.Add("No authors: the draft says they still need checking.");
        }
        if (ignoredUrls > 0)
        {
            notes.Add(
                $"{ignoredUrls} address{(ignoredUrls == 1 ? " was" : "es were")} left out: "
                    + "only http and https web addresses are kept."
            );
        }
        return new ImportEntry(
            record.Line,
            record.Number,
            shown,
            study,
            null,
            notes.Count == 0 ? null : string.Join(' ', notes)
        );
    }

    private static string Where(ReferenceRecord record) =>
        record.Number is { } n ? $"Record {n} (line {record.Line})" : $"Line {record.Line}";

    /// <summary>A https://doi.org/... source address gives the DOI when the record has none, so it is matched by DOI
    /// too.</summary>
    private static string? DoiFromAddresses(IEnumerable<string> urls) =>
        urls.Select(u =>
                u.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) ? ReferenceText.NormaliseDoi(u) : null
            )
            .FirstOrDefault(d => d is not null && d.Length <= 200 && ContentRules.DoiPattern().IsMatch(d));

    /// <summary>The study's column sizes (StudyConfiguration): a longer value could not be saved.</summary>
    private static (string Name, int Max)? TooLong(PlannedStudy s)
    {
        (string, int, int)[] fields =
        [
            ("title", s.Title.Length, 1000),
            ("authors", string.Join(", ", s.Authors).Length, 2000),
            ("journal", s.Journal?.Length ?? 0, 500),
            ("volume, issue and pages", s.VolumeIssuePages?.Length ?? 0, 100),
            ("design", s.Design?.Length ?? 0, 500),
            ("country", s.Country?.Length ?? 0, 200),
            ("sample size", s.SampleSize?.Length ?? 0, 500),
            ("population", s.Population?.Length ?? 0, 2000),
        ];
        return fields.Where(f => f.Item2 > f.Item3).Select(f => ((string, int)?)(f.Item1, f.Item3)).FirstOrDefault();
    }
}
