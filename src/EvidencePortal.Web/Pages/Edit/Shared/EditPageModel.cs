using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// What every record's edit page shares: the token and conflict choices its form posts, the status panel, and the
/// lifecycle buttons (publish, discard, delete, undelete), whose handlers call the draft workflow and come back
/// here. The page owns its form: its input record, OnGet, OnPostSave and its checks.
/// </summary>
public abstract class EditPageModel<T, TInput>(DraftWorkflow drafts, RecordKind<T, TInput> kind) : PageModel
    where T : PublishableRecord where TInput : class
{
    /// <summary>The row and version the form was built from; see <see cref="EditToken"/>.</summary>
    [BindProperty]
    public string? Token { get; set; }

    /// <summary>After a conflict: per field, "mine" or "current".</summary>
    [BindProperty]
    public Dictionary<string, string> Resolve { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool IsNew { get; protected set; }
    public EditState<T>? State { get; private set; }
    public RecordStatusView? Status { get; private set; }
    public ConflictView? Conflict { get; private set; }

    public Task<IActionResult> OnPostPublishAsync(int id, string? version, CancellationToken cancellationToken) =>
        LifecycleAsync(
            version,
            t => drafts.PublishAsync(kind, id, t, cancellationToken),
            id,
            "Published: the change is now live."
        );

    public Task<IActionResult> OnPostDiscardAsync(int id, string? version, CancellationToken cancellationToken) =>
        LifecycleAsync(
            version,
            t => drafts.DiscardDraftAsync(kind, id, t, cancellationToken),
            id,
            "The draft was discarded. The live version is unchanged."
        );

    public Task<IActionResult> OnPostDeleteAsync(int id, string? version, CancellationToken cancellationToken) =>
        LifecycleAsync(
            version,
            t => drafts.DeleteAsync(kind, id, t, cancellationToken),
            id,
            "Deleted: the public can no longer see it. You can restore it here."
        );

    public Task<IActionResult> OnPostUndeleteAsync(int id, string? version, CancellationToken cancellationToken) =>
        LifecycleAsync(version, t => drafts.UndeleteAsync(kind, id, t, cancellationToken), id, "Restored.");

    protected DraftWorkflow Drafts => drafts;
    protected RecordKind<T, TInput> Kind => kind;
    protected string Noun => kind.EntityType.ToLowerInvariant();

    /// <summary>What the page says when another record has the address, checked before saving or found by the save
    /// itself.</summary>
    protected string AddressTaken => $"Another {Noun} already uses this address. Choose a different one";

    /// <summary>Loads the record and its status panel; false when there is none. The form's own <see cref="Token"/> is
    /// left as posted.</summary> <param name="publicPath">Where the public sees the record, for types with a page of
    /// their own (they have a Preview page too).</param>
    protected async Task<bool> LoadAsync(string id, Func<T, string>? publicPath, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rootId)
            || await drafts.LoadAsync(kind, rootId, cancellationToken) is not { } state)
        {
            return false;
        }
        var last = await drafts.LastRevisionAsync(kind, rootId, cancellationToken);
        State = state;
        Status = new RecordStatusView(
            kind.EntityType,
            rootId,
            state.Token.ToString(),
            state.IsLive,
            state.IsDeleted,
            state.HasUnpublishedChanges,
            publicPath?.Invoke(state.Root),
            publicPath is null ? null : Url.Page("Preview", new { id = rootId }),
            last?.UserName,
            last?.At
        );
        return true;
    }

    /// <summary>Post/Redirect/Get after a save (the page handles a conflict and a taken address first).</summary>
    protected IActionResult Saved(EditResult result, string message) => After(result, result.RootId ?? 0, message);

    /// <summary>A refused save (409): the form keeps what the editor typed, above it each field that differs from what
    /// is saved now.</summary> <param name="mine">The form as posted.</param> <param name="current">The record as saved
    /// now, from <see cref="State"/> after <see cref="LoadAsync"/> again.</param>
    protected IActionResult Conflicted(RecordSnapshot<TInput> mine, RecordSnapshot<TInput> current)
    {
        Conflict = ConflictView.Between(MetadataProvider, mine, current, Status?.LastChangedBy, Status?.LastChangedAt);
        Token = State?.Token.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    protected IActionResult NotFoundRecord(string id) => this.NotFoundPage(Noun, id);

    protected IActionResult BadToken() =>
        this.BadRequestPage(
            "The form was missing its version marker. Open the record again and retry.",
            Url.Page("Index")
        );

    private async Task<IActionResult> LifecycleAsync(
        string? version,
        Func<EditToken, Task<EditResult>> change,
        int id,
        string message
    ) => EditToken.TryParse(version, out var token) ? After(await change(token), id, message) : BadToken();

    /// <summary>Post/Redirect/Get after a change; a stale token answers 409 with a way back.</summary>
    private IActionResult After(EditResult result, int id, string message)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Notice = message;
                return RedirectToPage(new { id });
            case EditOutcome.NothingToPublish:
                Notice = "There are no unpublished changes to publish.";
                return RedirectToPage(new { id });
            case EditOutcome.Deleted:
                Notice = "This record has been deleted. Restore it before changing it.";
                return RedirectToPage(new { id });
            case EditOutcome.NotFound:
                return NotFoundRecord(id.ToString(CultureInfo.InvariantCulture));
            default:
                return this.ConflictPage(
                    "This record changed after you opened it, so nothing was done. "
                        + "Open it again to see the current version.",
                    Url.Page("Edit", new { id })!
                );
        }
    }
}
