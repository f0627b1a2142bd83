using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using EvidencePortal.Web.Pages.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Map;

/// <summary>
/// /map: interventions (rows, grouped by topic) against outcomes (columns). Each cell says in words how
/// many studies there are and which way they point, and links to exactly those studies on /studies.
/// Filters (design, yearFrom, yearTo) use the /studies names, so a filtered map is a shareable link.
/// </summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public StudyFilters Filters { get; private set; } = null!;
    public IReadOnlyList<FilterOption> Designs { get; } =
        Enum.GetValues<DesignCategory>().Select(d => new FilterOption(d.Slug(), d.Label())).ToList();
    public IReadOnlyList<MapColumn> Columns { get; private set; } = [];
    public IReadOnlyList<MapTopic> Topics { get; private set; } = [];

    public string PageTitle => Filters.Errors.Count > 0 ? "Error: Evidence and gap map" : "Evidence and gap map";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/")];

    public int StudiesMapped => Topics.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Sum(c => c.Studies);
    public int Gaps => Topics.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Count(c => c.Studies == 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Only design and years narrow the map; other /studies filters are refused as unknown values.
        Filters = StudyFilters.Parse(Request.Query, new FilterOptions([], Designs, [], [], []));
        if (Filters.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        (Columns, Topics) = await MapQuery.LoadAsync(db, Filters, cancellationToken);
        return Page();
    }

    /// <summary>The /studies list behind a cell: the same intervention, outcome, designs and years.</summary>
    public string StudiesHref(string intervention, string outcome)
    {
        var query = new List<string>
        {
            $"intervention={Uri.EscapeDataString(intervention)}",
            $"outcome={Uri.EscapeDataString(outcome)}",
        };
        query.AddRange(Filters.Designs.Select(d => $"design={Uri.EscapeDataString(d)}"));
        if (Filters.YearFrom is { } from)
        {
            query.Add($"yearFrom={from}");
        }
        if (Filters.YearTo is { } to)
        {
            query.Add($"yearTo={to}");
        }
        return "/studies?" + string.Join("&", query);
    }

    public static string CellClass(MapCell cell) => cell.Leading switch
    {
        null => "portal-map__cell portal-map__cell--gap",
        EffectDirection.Positive => "portal-map__cell portal-map__cell--positive",
        EffectDirection.Negative => "portal-map__cell portal-map__cell--negative",
        EffectDirection.Mixed => "portal-map__cell portal-map__cell--mixed",
        _ => "portal-map__cell portal-map__cell--neutral",
    };
}
