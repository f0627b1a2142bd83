using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Studies;

/// <summary>
/// "/edit/studies/new" adds a study, "/edit/studies/{id}" edits one. Saving goes into a draft, checked against the
/// form's token (409 and a field-by-field merge on a conflict); the lifecycle buttons are <see cref="EditPageModel{T,
/// TInput}"/>'s.
/// </summary>
public sealed class EditModel(
    PortalDbContext db,
    DraftWorkflow drafts,
    StudyKind kind,
    MarkdownRenderer markdown,
    TimeProvider clock
) : EditPageModel<Study, StudyInput>(drafts, kind), IPortalPage
{
    [BindProperty]
    public StudyInput Input { get; set; } = new();

    public StudyFormOptions Options { get; private set; } = null!;
    public MarkdownPreview? Preview { get; private set; }

    /// <summary>The page answers "Add another finding": the new one is focused.</summary>
    public bool AddedFinding { get; private set; }

    public string PageTitle =>
        (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? "Add a study" : "Edit study");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Studies", "/edit/studies")];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        Input = State is null
            ? new()
            {
                LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
                Findings = [new()],
            }
            : StudyInput.From(State.Editable);
        Token = State?.Token.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        Input.Doi = TextInput.BareDoi(Input.Doi);
        if (State is not null && Resolve.Count > 0)
        {
            var current = await Kind.SnapshotAsync(db, State.Editable, cancellationToken);
            ConflictView.TakeCurrent(MetadataProvider, Input, current.Fields, Resolve);
            if (Resolve.GetValueOrDefault(nameof(StudyInput.Findings)) == "current")
            {
                Input.Findings = current.Findings!.Select(FindingInput.From).ToList();
            }
        }
        await StudyChecks.CheckAsync(this, db, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var study = new Study { Slug = Input.Slug!, Title = Input.Title! };
            Input.ApplyTo(study);
            study.Findings = Input.Findings.Where(f => f.IsKept).Select(f => f.ToFinding()).ToList();
            return Done(
                await Drafts.CreateAsync(Kind, study, cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready."
            );
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, State!.Root.Id, token, study =>
        {
            Input.ApplyTo(study);
            StudyKind.ReplaceFindings(db, study, Input.Findings.Where(f => f.IsKept).Select(f => f.ToFinding()));
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Done(result, "Draft saved. The public still sees the published version until you publish.");
        }
        var mine = await StudyChecks.SnapshotAsync(Input, db, cancellationToken);
        await OpenAsync(id, cancellationToken);
        return Conflicted(mine, await Kind.SnapshotAsync(db, State!.Editable, cancellationToken));
    }

    /// <summary>Shows how the appraisal will look, without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string id, string? field, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        ModelState.Clear();
        Preview =
            field == nameof(StudyInput.AppraisalMarkdown)
                ? MarkdownPreview.Render(markdown, field, Input.AppraisalMarkdown)
                : null;
        return Page();
    }

    /// <summary>Adds an empty finding row without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostAddFindingAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        ModelState.Clear();
        Input.Findings.Add(new FindingInput());
        AddedFinding = true;
        return Page();
    }

    /// <summary>Loads the form's choices and, unless adding, the record; false when there is no such record.</summary>
    private async Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        Options = await StudyFormOptions.LoadAsync(db, cancellationToken);
        IsNew = id == "new";
        return IsNew || await LoadAsync(id, s => $"/studies/{s.Slug}", cancellationToken);
    }

    private IActionResult Done(EditResult result, string message)
    {
        if (result.Outcome != EditOutcome.SlugTaken)
        {
            return Saved(result, message);
        }
        ModelState.AddModelError<EditModel>(m => m.Input.Slug, AddressTaken);
        return Page();
    }
}
