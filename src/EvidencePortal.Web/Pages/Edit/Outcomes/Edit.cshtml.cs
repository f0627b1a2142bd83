using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Outcomes;

/// <summary>"/edit/outcomes/new" adds an outcome, "/edit/outcomes/{id}" edits one; saves go into a draft.</summary>
public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, OutcomeKind kind)
    : EditPageModel<Outcome, OutcomeInput>(drafts, kind), IPortalPage
{
    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public string PageTitle =>
        (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? "Add an outcome" : "Edit outcome");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Outcomes", "/edit/outcomes")];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        Input = State is null ? new() { Order = "0" } : OutcomeInput.From(State.Editable);
        Token = State?.Token.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        if (State is not null && Resolve.Count > 0)
        {
            ConflictView.TakeCurrent(MetadataProvider, Input, OutcomeInput.From(State.Editable), Resolve);
        }
        Input.Slug ??= TextInput.Slug(Input.Name ?? "outcome");
        if (await RecordRules.SlugTakenAsync(db.Outcomes, o => o.Slug, Input.Slug, State?.Root.Id, cancellationToken))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Slug, AddressTaken);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var outcome = new Outcome { Slug = Input.Slug, Name = Input.Name! };
            Input.ApplyTo(outcome);
            return Done(
                await Drafts.CreateAsync(Kind, outcome, cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready."
            );
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, State!.Root.Id, token, outcome =>
        {
            Input.ApplyTo(outcome);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Done(result, "Draft saved. The public still sees the published version until you publish.");
        }
        var mine = new RecordSnapshot<OutcomeInput>(Input);
        await OpenAsync(id, cancellationToken);
        return Conflicted(mine, await Kind.SnapshotAsync(db, State!.Editable, cancellationToken));
    }

    private Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        IsNew = id == "new";
        return IsNew ? Task.FromResult(true) : LoadAsync(id, publicPath: null, cancellationToken);
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
