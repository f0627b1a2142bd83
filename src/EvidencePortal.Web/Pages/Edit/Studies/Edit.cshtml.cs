using System.Globalization;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;

namespace EvidencePortal.Web.Pages.Edit.Studies;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, StudyKind kind)
    : EditRecordPageModel<Study>(db, drafts, lifecycle, kind)
{
    [BindProperty]
    public StudyInput Input { get; set; } = new();

    public bool IsNew { get; private set; }
    public StudyFormOptions Options { get; private set; } = null!;

    public override string PageTitle => (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? "Add a study" : "Edit study");
    protected override string ListTitle => "Studies";
    protected override string ListPath => "/edit/studies";
    protected override string EditPath(int id) => $"/edit/studies/{id}";
    protected override string PreviewPath(int id) => $"/edit/studies/{id}/preview";
    protected override string? PublicPath(Study record) => $"/studies/{record.Slug}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Options = await StudyFormOptions.LoadAsync(Db, cancellationToken);
        if (id == "new")
        {
            IsNew = true;
            Input = new StudyInput { LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(DateTime.UtcNow)), Findings = [new()] };
            return Page();
        }
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rootId) || !await LoadAsync(rootId, cancellationToken))
        {
            return this.NotFoundPage("study", id);
        }
        Token = State!.Token.ToString();
        Input = StudyInput.From(State.Editable);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        var setup = await PrepareAsync(id, cancellationToken);
        if (setup is not null)
        {
            return setup;
        }
        int? rootId = IsNew ? null : State!.Root.Id;
        if (await CurrentSnapshotAsync(cancellationToken) is { } current)
        {
            StudyInputRules.TakeCurrent(Input, current, Resolve);
        }
        await StudyInputRules.CheckAsync(Input, ModelState, Db, rootId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var study = new Study { Slug = Input.Slug!, Title = Input.Title! };
            StudyInputRules.ApplyTo(Input, study, Db);
            var created = await Drafts.CreateAsync(Kind, study, cancellationToken);
            return Saved(created, "Saved as a draft. Preview it, then publish it when it is ready.");
        }
        if (!TryReadToken(out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, rootId!.Value, token, s =>
        {
            StudyInputRules.ApplyTo(Input, s, Db);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome == EditOutcome.Conflict)
        {
            ShowConflict(await StudyInputRules.SnapshotAsync(Input, Db, cancellationToken), result);
            await LoadAsync(rootId.Value, cancellationToken);
            return Page();
        }
        return Saved(result, "Draft saved. The public still sees the published version until you publish.");
    }

    /// <summary>Adds an empty finding row without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostAddFindingAsync(string id, CancellationToken cancellationToken)
    {
        var setup = await PrepareAsync(id, cancellationToken);
        if (setup is not null)
        {
            return setup;
        }
        ModelState.Clear();
        Input.Findings.Add(new FindingInput());
        return Page();
    }

    private async Task<IActionResult?> PrepareAsync(string id, CancellationToken cancellationToken)
    {
        Options = await StudyFormOptions.LoadAsync(Db, cancellationToken);
        StudyInputRules.Clean(Input);
        IsNew = id == "new";
        if (IsNew)
        {
            return null;
        }
        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rootId) && await LoadAsync(rootId, cancellationToken)
            ? null
            : this.NotFoundPage("study", id);
    }

    private IActionResult Saved(EditResult result, string message)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Notice = message;
                return Redirect(EditPath(result.RootId!.Value));
            case EditOutcome.SlugTaken:
                ModelState.AddModelError("Input.Slug", "Another study already uses this address. Choose a different one");
                return Page();
            default:
                return After(result, result.RootId ?? 0, message);
        }
    }
}
