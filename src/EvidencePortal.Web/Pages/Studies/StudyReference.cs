using System.Text.RegularExpressions;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// What a reference manager needs about one published study, read as stored: nothing is filled in.
/// A study with a journal and a volume or DOI is a journal article; otherwise it is a report whose
/// "journal" field names its publisher (the NDTi review, for one).
/// </summary>
public sealed partial record StudyReference(
    string Slug, string? Authors, int Year, string Title, string? Journal, string? VolumeIssuePages, string? Doi)
{
    public bool IsArticle => Journal is not null && (VolumeIssuePages is not null || Doi is not null);

    public IReadOnlyList<(string Surname, string Given)> AuthorNames => Citation.AuthorList(Authors)
        .Select(a =>
        {
            var surname = Citation.Surname(a);
            return (surname, a.Length > surname.Length ? a[surname.Length..].Trim() : "");
        }).ToList();

    /// <summary>"58(11):622-631" → volume 58, issue 11, pages 622 to 631; null parts when the text has another
    /// shape.</summary>
    public (string? Volume, string? Issue, string? StartPage, string? EndPage) Parts
    {
        get
        {
            if (VolumeIssuePages is null)
            {
                return (null, null, null, null);
            }
            var whole = VolumeIssuePagesPattern().Match(VolumeIssuePages.Trim());
            if (whole.Success)
            {
                var pages = PagesPattern().Match(whole.Groups["pages"].Value);
                return (
                    whole.Groups["volume"].Value,
                    whole.Groups["issue"].Success ? whole.Groups["issue"].Value : null,
                    pages.Groups["start"].Value,
                    pages.Groups["end"].Success ? pages.Groups["end"].Value : null
                );
            }
            var pagesOnly = PagesPattern().Match(VolumeIssuePages.Trim());
            return pagesOnly.Success && pagesOnly.Groups["end"].Success
                ? (null, null, pagesOnly.Groups["start"].Value, pagesOnly.Groups["end"].Value)
                : (null, null, null, null);
        }
    }

    /// <summary>True when <see cref="VolumeIssuePages"/> could not be split and should travel as a note.</summary>
    public bool PartsUnparsed => VolumeIssuePages is not null && Parts == (null, null, null, null);

    public static Task<StudyReference?> LoadAsync(
        PortalDbContext db,
        string slug,
        CancellationToken cancellationToken
    ) =>
        db
            .Studies.AsNoTracking()
            .Live()
            .Where(s => s.Slug == slug)
            .Select(s => new StudyReference(s.Slug, s.Authors, s.Year, s.Title, s.Journal, s.VolumeIssuePages, s.Doi))
            .FirstOrDefaultAsync(cancellationToken);

    [GeneratedRegex(@"^(?<volume>\d+)\s*(\((?<issue>[^)]+)\))?\s*:\s*(?<pages>\S+)$")]
    private static partial Regex VolumeIssuePagesPattern();

    [GeneratedRegex(@"^(?<start>[A-Za-z]?\d+)(\s*[-–]\s*(?<end>[A-Za-z]?\d+))?$")]
    private static partial Regex PagesPattern();
}
