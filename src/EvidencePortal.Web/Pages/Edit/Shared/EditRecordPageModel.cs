using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// What every record's edit page shares: loading the editable row and its status, the conflict
/// view, and the lifecycle handlers (publish, discard, delete, undelete). Each page adds its own
/// input record, validation and mapping.
/// </summary>
public abstract class EditRecordPageModel<T>(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, RecordKind<T> kind)
    : PageModel, IPortalPage
    where T : PublishableRecord
{
    /// <summary>The row and version the form was built from; see <see cref="EditToken"/>.</summary>
    [BindProperty]
    public string? Token { get; set; }

    /// <summary>After a conflict: per field, "mine" or "current".</summary>
    [BindProperty]
    public Dictionary<string, string> Resolve { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public RecordStatusView? Status { get; private set; }
    public ConflictView? Conflict { get; protected set; }
    public EditState<T>? State { get; private set; }

    public abstract string PageTitle { get; }
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new(ListTitle, ListPath)];

    protected PortalDbContext Db => db;
    protected DraftWorkflow Drafts => drafts;
    protected RecordKind<T> Kind => kind;
    protected abstract string ListTitle { get; }
    protected abstract string ListPath { get; }
    protected abstract string EditPath(int id);
    protected abstract string PreviewPath(int id);
    protected abstract string? PublicPath(T record);

    /// <summary>Loads the record and its status panel. The form's own <see cref="Token"/> is left as posted.</summary>
    protected async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        State = await drafts.LoadAsync(kind, id, cancellationToken);
        if (State is null)
        {
            return false;
        }
        var last = await db.Revisions.AsNoTracking().Where(r => r.EntityType == kind.EntityType && r.EntityId == id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        Status = new RecordStatusView(kind.EntityType, id, State.Token.ToString(), State.IsLive, State.IsDeleted, State.HasUnpublishedChanges,
            PublicPath(State.Root), PreviewPath(id), last?.UserName, last?.At);
        return true;
    }

    protected bool TryReadToken(out EditToken token) => EditToken.TryParse(Token, out token);

    /// <summary>Answers a refused save: 409, the comparison, and the current token for a merged save.</summary>
    protected void ShowConflict(RecordSnapshot mine, EditResult result)
    {
        Conflict = ConflictView.Between(mine, result, kind.Fields.ToDictionary(f => f.Name, f => f.Label));
        Token = result.CurrentToken?.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
    }

    /// <summary>The saved version of the editable row, for taking "current" values chosen after a conflict.</summary>
    protected async Task<RecordSnapshot?> CurrentSnapshotAsync(CancellationToken cancellationToken) =>
        State is null || Resolve.Count == 0 ? null : await kind.SnapshotAsync(db, State.Editable, cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(int id, string? token, CancellationToken cancellationToken) =>
        EditToken.TryParse(token, out var t)
            ? After(await drafts.PublishAsync(kind, id, t, cancellationToken), id, "Published: the change is now live.")
            : BadToken();

    public async Task<IActionResult> OnPostDiscardAsync(int id, string? token, CancellationToken cancellationToken) =>
        EditToken.TryParse(token, out var t)
            ? After(await lifecycle.DiscardDraftAsync(kind, id, t, cancellationToken), id, "The draft was discarded. The live version is unchanged.")
            : BadToken();

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? token, CancellationToken cancellationToken) =>
        EditToken.TryParse(token, out var t)
            ? After(await lifecycle.DeleteAsync(kind, id, t, cancellationToken), id, "Deleted: the public can no longer see it. You can restore it here.")
            : BadToken();

    public async Task<IActionResult> OnPostUndeleteAsync(int id, string? token, CancellationToken cancellationToken) =>
        EditToken.TryParse(token, out var t)
            ? After(await lifecycle.UndeleteAsync(kind, id, t, cancellationToken), id, "Restored.")
            : BadToken();

    /// <summary>Post/Redirect/Get after a lifecycle action; a stale token answers 409 with a way back.</summary>
    protected IActionResult After(EditResult result, int id, string message)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Notice = message;
                return Redirect(EditPath(id));
            case EditOutcome.NothingToPublish:
                Notice = "There are no unpublished changes to publish.";
                return Redirect(EditPath(id));
            case EditOutcome.NotFound:
                return this.NotFoundPage(kind.EntityType.ToLowerInvariant(), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            default:
                return this.ConflictPage("This record changed after you opened it, so nothing was done. Open it again to see the current version.", EditPath(id));
        }
    }

    protected IActionResult BadToken() =>
        this.BadRequestPage("The form was missing its version marker. Open the record again and retry.", ListPath);
}
