using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public StudyFilters Filters { get; private set; } = null!;
    public FilterOptions Options { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }

    public string PageTitle =>
        Filters.Errors.Count > 0 ? "Error: Studies"
        : Filters.Page > 1 ? $"Studies (page {Filters.Page})"
        : "Studies";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Options = await StudyListQuery.OptionsAsync(db, cancellationToken);
        Filters = StudyFilters.Parse(Request.Query, Options);
        if (Filters.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var matching = StudyListQuery.Matching(db, Filters);
        Total = await StudyListQuery.CountAsync(db, Filters, cancellationToken);
        PageCount = Math.Max(1, (int)Math.Ceiling(Total / (double)Filters.PageSize));
        if (Filters.Page > PageCount)
        {
            return this.NotFoundPageWithLink(
                $"There is no page {Filters.Page}: these filters give {PageCount} page(s) of studies.",
                Link(("page", null)),
                "Go to the first page"
            );
        }
        var studies = await StudyListQuery.Sorted(matching, Filters)
            .Skip((Filters.Page - 1) * Filters.PageSize).Take(Filters.PageSize)
            .Select(s => new { s.Id, s.Slug, s.Authors, s.Year, s.Title, s.DesignCategory, s.Country })
            .ToListAsync(cancellationToken);
        var ids = studies.Select(s => s.Id).ToList();
        var findings = await db.Findings.AsNoTracking().Live().Where(f => ids.Contains(f.StudyId))
            .OrderBy(f => f.Order)
            .Select(f => new
            {
                f.StudyId,
                Topic = f.Intervention!.Topic!.Title,
                Outcome = f.Outcome!.Name,
                f.Direction,
            })
            .ToListAsync(cancellationToken);
        Rows = studies
            .Select(s => new Row(
                s.Slug,
                Citation.AuthorYear(s.Authors, s.Year),
                s.Title,
                s.Year,
                s.DesignCategory,
                s.Country,
                findings.Where(f => f.StudyId == s.Id).Select(f => f.Topic).Distinct().ToList(),
                findings.Where(f => f.StudyId == s.Id).Select(f => (f.Outcome, f.Direction)).ToList()
            ))
            .ToList();
        return Page();
    }

    /// <summary>This page's address with some parameters changed (null removes one); other filters are kept.</summary>
    public string Link(params (string Key, string? Value)[] changes) => QueryLinks.With(Request, changes);

    public sealed record Row(
        string Slug, string ShortCitation, string Title, int Year, DesignCategory Design, string? Country,
        IReadOnlyList<string> Topics, IReadOnlyList<(string Outcome, EffectDirection Direction)> Findings);
}
