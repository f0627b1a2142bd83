using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Audit;

/// <summary>Sign-ins, failures, refusals and every change across the portal; filterable, exportable as CSV. Admins
/// only.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    private const int PageSize = 50;

    public AuditFilters Filters { get; private set; } = new();

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }

    public string PageTitle => ModelState.IsValid ? "Audit trail" : "Error: Audit trail";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CleanFilters();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var events = Filters.Apply(db.AuditEvents.AsNoTracking());
        Total = await events.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (Filters.PageNumber > PageCount)
        {
            return this.NotFoundPageWithLink(
                $"There is no page {Filters.PageNumber} of the audit trail for these filters.",
                "/edit/audit",
                "Go to the first page"
            );
        }
        Events = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((Filters.PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The filtered trail as CSV for Excel (UTF-8 with BOM, RFC 4180 quoting, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        CleanFilters();
        if (!ModelState.IsValid)
        {
            return this.BadRequestPage(
                string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)),
                "/edit/audit"
            );
        }
        var events = await Filters
            .Apply(db.AuditEvents.AsNoTracking())
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Id)
            .Take(100_000)
            .ToListAsync(cancellationToken);
        var rows = events.Select(e =>
            (IReadOnlyList<string?>)
                [
                    e.At.ToString("yyyy-MM-dd HH:mm:ss"),
                    e.Action.ToString(),
                    e.UserName,
                    e.EntityType,
                    e.EntityId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.Summary,
                    e.IpAddress,
                ]
        );
        return File(
            CsvDownload.Write(
                ["At (UTC)", "Action", "User", "Record type", "Record id", "Summary", "IP address"],
                rows
            ),
            CsvDownload.ContentType,
            $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv"
        );
    }

    public string PageHref(int page) =>
        QueryLinks.With(
            Request,
            ("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture))
        );

    public string CsvHref => QueryLinks.With(Request, ("handler", "Csv"), ("page", null));

    private void CleanFilters()
    {
        Filters = AuditFilters.Read(Request.Query);
        Filters.Check(ModelState);
    }

}
