using System.Globalization;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// The edit page of any record type: "/edit/{folder}/new" creates, "/edit/{folder}/{id}" edits.
/// Saving goes into a draft, checked against the form's token (409 and a field-by-field merge on a
/// conflict); publish, discard, delete and undelete are handlers here too. Each page supplies its
/// input record, its checks and the mapping between the two.
/// </summary>
public abstract class EditRecordPageModel<T, TInput>(
    PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, RecordKind<T> kind, MarkdownRenderer markdown)
    : PageModel, IPortalPage
    where T : PublishableRecord
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The row and version the form was built from; see <see cref="EditToken"/>.</summary>
    [BindProperty]
    public string? Token { get; set; }

    /// <summary>After a conflict: per field, "mine" or "current".</summary>
    [BindProperty]
    public Dictionary<string, string> Resolve { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool IsNew { get; private set; }

    /// <summary>Markdown fields rendered on request, by the same pipeline as the public pages.</summary>
    public Dictionary<string, string> Previews { get; } = [];
    public RecordStatusView? Status { get; private set; }
    public ConflictView? Conflict { get; private set; }
    public EditState<T>? State { get; private set; }

    public string PageTitle => (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? $"Add {Article} {Noun}" : $"Edit {Noun}");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new(ListTitle, $"/edit/{Folder}")];

    protected PortalDbContext Db => db;
    protected RecordKind<T> Kind => kind;
    protected abstract string Folder { get; }
    protected abstract string Noun { get; }
    protected virtual string Article => "a";
    /// <summary>Record types with a public page of their own offer a preview of it.</summary>
    protected virtual bool HasPreview => true;
    protected virtual string ListTitle => char.ToUpperInvariant(Folder[0]) + Folder[1..];
    protected abstract string? PublicPath(T record);
    protected abstract TInput FromRecord(T record);
    protected abstract T NewRecord(TInput input);
    /// <summary>Writes the form onto a record; by default field by field, through the record kind.</summary>
    protected virtual void Apply(TInput input, T record) =>
        kind.ApplyFields(record, new RecordSnapshot(InputFields.Values(input, kind.Fields.Select(f => f.Name))));
    protected abstract Task CheckAsync(TInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken);
    protected virtual TInput NewInput() => new();
    protected virtual Task LoadOptionsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    protected virtual void Clean(TInput input) => InputFields.Clean(input);
    protected virtual Task<RecordSnapshot> SnapshotAsync(TInput input, CancellationToken cancellationToken) =>
        Task.FromResult(new RecordSnapshot(InputFields.Values(input, kind.Fields.Select(f => f.Name))));
    protected virtual void TakeCurrent(TInput input, RecordSnapshot current) => InputFields.TakeCurrent(input, current, Resolve);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        IsNew = id == "new";
        if (IsNew)
        {
            Input = NewInput();
            return Page();
        }
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rootId) || !await LoadAsync(rootId, cancellationToken))
        {
            return this.NotFoundPage(Noun, id);
        }
        Token = State!.Token.ToString();
        Input = FromRecord(State.Editable);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }
        if (State is not null && Resolve.Count > 0)
        {
            TakeCurrent(Input, await kind.SnapshotAsync(db, State.Editable, cancellationToken));
        }
        await CheckAsync(Input, ModelState, State?.Root.Id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            return Saved(await drafts.CreateAsync(kind, NewRecord(Input), cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready.");
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var rootId = State!.Root.Id;
        var result = await drafts.SaveDraftAsync(kind, rootId, token, record =>
        {
            Apply(Input, record);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Saved(result, "Draft saved. The public still sees the published version until you publish.");
        }
        Conflict = ConflictView.Between(await SnapshotAsync(Input, cancellationToken), result, kind.Fields.ToDictionary(f => f.Name, f => f.Label));
        Token = result.CurrentToken?.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(rootId, cancellationToken);
        return Page();
    }

    /// <summary>Shows how a Markdown field will look, without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string id, string? field, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }
        ModelState.Clear();
        var property = field is null ? null : typeof(TInput).GetProperty(field);
        if (property?.PropertyType == typeof(string) && field!.EndsWith("Markdown", StringComparison.Ordinal))
        {
            Previews[field] = markdown.ToHtml((string?)property.GetValue(Input), "preview-" + field);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, string? version, CancellationToken cancellationToken) =>
        EditToken.TryParse(version, out var t)
            ? After(await drafts.PublishAsync(kind, id, t, cancellationToken), id, "Published: the change is now live.")
            : BadToken();

    public async Task<IActionResult> OnPostDiscardAsync(int id, string? version, CancellationToken cancellationToken) =>
        EditToken.TryParse(version, out var t)
            ? After(await lifecycle.DiscardDraftAsync(kind, id, t, cancellationToken), id, "The draft was discarded. The live version is unchanged.")
            : BadToken();

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? version, CancellationToken cancellationToken) =>
        EditToken.TryParse(version, out var t)
            ? After(await lifecycle.DeleteAsync(kind, id, t, cancellationToken), id, "Deleted: the public can no longer see it. You can restore it here.")
            : BadToken();

    public async Task<IActionResult> OnPostUndeleteAsync(int id, string? version, CancellationToken cancellationToken) =>
        EditToken.TryParse(version, out var t)
            ? After(await lifecycle.UndeleteAsync(kind, id, t, cancellationToken), id, "Restored.")
            : BadToken();

    /// <summary>Binds, cleans and loads for a post that re-renders the form; null when the record exists.</summary>
    protected async Task<IActionResult?> PrepareAsync(string id, CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        Clean(Input);
        IsNew = id == "new";
        if (IsNew)
        {
            return null;
        }
        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rootId) && await LoadAsync(rootId, cancellationToken)
            ? null
            : this.NotFoundPage(Noun, id);
    }

    /// <summary>Loads the record and its status panel. The form's own <see cref="Token"/> is left as posted.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        State = await drafts.LoadAsync(kind, id, cancellationToken);
        if (State is null)
        {
            return false;
        }
        var last = await db.Revisions.AsNoTracking().Where(r => r.EntityType == kind.EntityType && r.EntityId == id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        Status = new RecordStatusView(kind.EntityType, id, State.Token.ToString(), State.IsLive, State.IsDeleted,
            State.HasUnpublishedChanges, PublicPath(State.Root), HasPreview ? $"/edit/{Folder}/{id}/preview" : null, last?.UserName, last?.At);
        return true;
    }

    private IActionResult Saved(EditResult result, string message)
    {
        if (result.Outcome == EditOutcome.SlugTaken)
        {
            ModelState.AddModelError("Input.Slug", $"Another {Noun} already uses this address. Choose a different one");
            return Page();
        }
        return After(result, result.RootId ?? 0, message);
    }

    /// <summary>Post/Redirect/Get after a change; a stale token answers 409 with a way back.</summary>
    private IActionResult After(EditResult result, int id, string message)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Notice = message;
                return Redirect($"/edit/{Folder}/{id}");
            case EditOutcome.NothingToPublish:
                Notice = "There are no unpublished changes to publish.";
                return Redirect($"/edit/{Folder}/{id}");
            case EditOutcome.Deleted:
                Notice = "This record has been deleted. Restore it before changing it.";
                return Redirect($"/edit/{Folder}/{id}");
            case EditOutcome.NotFound:
                return this.NotFoundPage(Noun, id.ToString(CultureInfo.InvariantCulture));
            default:
                return this.ConflictPage("This record changed after you opened it, so nothing was done. Open it again to see the current version.",
                    $"/edit/{Folder}/{id}");
        }
    }

    private IActionResult BadToken() =>
        this.BadRequestPage("The form was missing its version marker. Open the record again and retry.", $"/edit/{Folder}");
}
