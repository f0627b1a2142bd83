using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>All studies, whatever their state, for editors to find and open.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Query { get; private set; }

    public string PageTitle => "Edit studies";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim() is { Length: > 0 and <= 200 } text ? text : null;
        var studies = db.Studies.AsNoTracking().Where(s => s.DraftOfId == null);
        if (Query is not null)
        {
            var pattern =
                $"%{Query.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            studies = studies.Where(s =>
                EF.Functions.Like(s.Title, pattern)
                || EF.Functions.Like(s.Authors ?? "", pattern)
                || EF.Functions.Like(s.Slug, pattern)
            );
        }
        Rows = await studies.OrderBy(s => s.Authors).ThenBy(s => s.Year)
            .Select(s => new Row(s.Id, s.Title, s.Authors, s.Year, s.Status,
                db.Studies.Any(d => d.DraftOfId == s.Id)))
            .ToListAsync(cancellationToken);
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
