using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.History;

/// <summary>Every revision of one record, newest first, with what changed; any of them can be restored.</summary>
public sealed class IndexModel(PortalDbContext db, RecordEditors editors) : PageModel, IPortalPage
{
    public string Title { get; private set; } = "";
    public string EditHref { get; private set; } = "";
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];
    public string Token { get; private set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public string PageTitle => $"History: {Title}";
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new(Title, EditHref)];

    public async Task<IActionResult> OnGetAsync(string type, int id, CancellationToken cancellationToken)
    {
        var record = await editors.DescribeAsync(type, id, cancellationToken);
        if (record is null)
        {
            return this.NotFoundPage("record", $"{type}/{id}");
        }
        (Title, EditHref, Token) = (record.Title, record.EditHref, record.Token.ToString());
        var revisions = await db
            .Revisions.AsNoTracking()
            .Where(r => r.EntityType == record.EntityType && r.EntityId == id)
            .ToListAsync(cancellationToken);
        var values = await HistoryValues.LoadAsync(MetadataProvider, db, cancellationToken);
        Revisions = RevisionHistory.Of(revisions, record.InputType, values);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(
        string type,
        int id,
        int number,
        string? version,
        CancellationToken cancellationToken
    )
    {
        if (!EditToken.TryParse(version, out var t))
        {
            return this.BadRequestPage(
                "The form was missing its version marker. Open the history again and retry.",
                $"/edit/history/{type}/{id}"
            );
        }
        var result = await editors.RestoreRevisionAsync(type, id, number, t, cancellationToken);
        var record = await editors.DescribeAsync(type, id, cancellationToken);
        return result.Outcome switch
        {
            EditOutcome.Saved => RedirectWithNotice(
                record!.EditHref,
                $"Revision {number} restored as a draft. Preview it and publish when ready."
            ),
            EditOutcome.NotFound => this.NotFoundPage(
                "revision",
                number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
            _ => this.ConflictPage(
                "The record changed after you opened its history, so nothing was restored. Look again and retry.",
                $"/edit/history/{type}/{id}"
            ),
        };
    }

    private RedirectResult RedirectWithNotice(string href, string notice)
    {
        Notice = notice;
        return Redirect(href);
    }
}
