using System.Globalization;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// Every study, whatever its state, a page at a time, for editors to find and open: by words of the title or
/// authors, a year, a DOI or an address ("Harris 1999", "10.1192/bjp.174.3.219"), and by state. Built to stay quick
/// after a large import (50,000 drafts): only the page shown is read.
/// </summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public const int PageSize = 50;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Query { get; private set; }
    public string? State { get; private set; }
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public PaginationView Pagination => new(PageNumber, (Total + PageSize - 1) / PageSize, Href);

    public string PageTitle => "Edit studies";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    /// <summary>The states a list can be narrowed to, by the value in the address.</summary>
    public static IReadOnlyList<(string Value, string Label)> States { get; } =
        [("draft", "Drafts, never published"), ("changes", "Live, with draft changes"), ("live", "Live"),
            ("deleted", "Deleted")];

    // "page" is Razor Pages' own route value (the page's path), so the page number is read by name from the query.
    public async Task OnGetAsync(
        string? q,
        string? state,
        [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken cancellationToken
    )
    {
        Query = q?.Trim() is { Length: > 0 and <= 200 } text ? text : null;
        State = States.Any(s => s.Value == state) ? state : null;
        var studies = Matching(Filtered(db.Studies.AsNoTracking().Where(s => s.DraftOfId == null)));
        Total = await studies.CountAsync(cancellationToken);
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, 1, pages)
            : 1;
        // Newest first: what an import just added is on the first page, and the order costs no sort (the key's index).
        Rows = await studies.OrderByDescending(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Title, s.Authors, s.Year, s.Status,
                db.Studies.Any(d => d.DraftOfId == s.Id)))
            .ToListAsync(cancellationToken);
    }

    public string Href(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["state"] = State,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        };
        return "/edit/studies" + QueryString.Create(values.Where(p => p.Value is not null));
    }

    private IQueryable<Study> Filtered(IQueryable<Study> studies) => State switch
    {
        "draft" => studies.Where(s => s.Status == PublicationStatus.Draft),
        "changes" => studies.Where(s =>
            s.Status == PublicationStatus.Published && db.Studies.Any(d => d.DraftOfId == s.Id)),
        "live" => studies.Where(s => s.Status == PublicationStatus.Published),
        "deleted" => studies.Where(s => s.Status == PublicationStatus.Deleted),
        _ => studies,
    };

    /// <summary>A DOI is looked up whole (by its index); otherwise every word must be found: in the title, authors,
    /// address or DOI, or be the year.</summary>
    private IQueryable<Study> Matching(IQueryable<Study> studies)
    {
        if (StudySearchWords.Doi(Query) is { } doi)
        {
            var lower = doi.ToLowerInvariant();
            return studies.Where(s => s.Doi == doi || s.Doi == lower);
        }
        foreach (var word in StudySearchWords.Of(Query))
        {
            var pattern = $"%{word}%";
            var year = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1;
            studies = studies.Where(s =>
                s.Year == year
                || EF.Functions.Like(s.Title, pattern)
                || EF.Functions.Like(s.Authors ?? "", pattern)
                || EF.Functions.Like(s.Slug, pattern)
                || EF.Functions.Like(s.Doi ?? "", pattern)
            );
        }
        return studies;
    }

    public sealed record Row(int Id, string Title, string? Authors, int Year, PublicationStatus Status, bool HasDraft)
    {
        public string StatusText => Status switch
        {
            PublicationStatus.Deleted => "Deleted",
            PublicationStatus.Draft => "Draft (never published)",
            _ => HasDraft ? "Live, with draft changes" : "Live",
        };
    }
}
