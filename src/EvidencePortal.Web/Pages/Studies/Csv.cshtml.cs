using CsvHelper;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Hosting;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// /studies.csv?...: every study the same /studies filters select, in the same order, as a CSV that
/// opens cleanly in Excel: UTF-8 with a byte-order mark, RFC 4180 quoting, and any cell that starts
/// with = + - @ tab or CR prefixed with an apostrophe so a spreadsheet never runs it as a formula.
/// </summary>
public sealed class CsvModel(PortalDbContext db) : PageModel
{
    // RFC 4180 with CRLF is CsvHelper's default; the mark and the formula guard are asked for.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    private static readonly string[] Header =
    [
        "Id", "Authors", "Year", "Title", "Journal", "Volume, issue and pages", "DOI", "Design (as reported)",
        "Design group", "Country", "Setting", "Sample size", "Population", "Findings", "Address",
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filters = StudyFilters.Parse(Request.Query, await StudyListQuery.OptionsAsync(db, cancellationToken));
        if (filters.Errors.Count > 0)
        {
            return this.BadRequestPage(string.Join(" ", filters.Errors.Values), "/studies.csv");
        }
        var matching = StudyListQuery.Matching(db, filters);
        var studies = await StudyListQuery.Sorted(matching, filters)
            .Select(s => new
            {
                s.Id,
                s.Slug,
                s.Authors,
                s.Year,
                s.Title,
                s.Journal,
                s.VolumeIssuePages,
                s.Doi,
                s.Design,
                s.DesignCategory,
                s.Country,
                s.Setting,
                s.SampleSize,
                s.Population,
            })
            .ToListAsync(cancellationToken);
        var findings = (
            await db
                .Findings.AsNoTracking()
                .Live()
                .Where(f => matching.Select(s => s.Id).Contains(f.StudyId))
                .OrderBy(f => f.Order)
                .Select(f => new
                {
                    f.StudyId,
                    Intervention = f.Intervention!.Name,
                    Outcome = f.Outcome!.Name,
                    f.Direction,
                })
                .ToListAsync(cancellationToken)
        ).ToLookup(f => f.StudyId, f => $"{f.Intervention} – {f.Outcome}: {f.Direction.Label()}");

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"studies.csv\"";
        var site = Request.SiteAddress();
        await using var csv = CsvWriter.Create(Response.Body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        foreach (var s in studies)
        {
            await csv.WriteRecordAsync(
                [
                    s.Slug,
                    s.Authors,
                    s.Year.ToString(),
                    s.Title,
                    s.Journal,
                    s.VolumeIssuePages,
                    s.Doi,
                    s.Design,
                    s.DesignCategory.Label(),
                    s.Country,
                    s.Setting,
                    s.SampleSize,
                    s.Population,
                    string.Join("; ", findings[s.Id]),
                    $"{site}/studies/{s.Slug}",
                ],
                cancellationToken
            );
        }
        await csv.FlushAsync(cancellationToken);
        return new EmptyResult();
    }
}
