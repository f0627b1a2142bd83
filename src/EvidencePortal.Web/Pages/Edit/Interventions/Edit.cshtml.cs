using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Interventions;

/// <summary>"/edit/interventions/new" adds an intervention to a topic, "/edit/interventions/{id}" edits one; saves go
/// into a draft.</summary>
public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, InterventionKind kind)
    : EditPageModel<Intervention, InterventionInput>(drafts, kind), IPortalPage
{
    [BindProperty]
    public InterventionInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    public string PageTitle =>
        (ModelState.IsValid && Conflict is null ? "" : "Error: ")
        + (IsNew ? "Add an intervention" : "Edit intervention");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Interventions", "/edit/interventions")];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        Input = State is null ? new() { Order = "0" } : InterventionInput.From(State.Editable);
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
            ConflictView.TakeCurrent(MetadataProvider, Input, InterventionInput.From(State.Editable), Resolve);
        }
        Input.Slug ??= TextInput.Slug(Input.Name ?? "intervention");
        if (
            await RecordRules.SlugTakenAsync(
                db.Interventions,
                i => i.Slug,
                Input.Slug,
                State?.Root.Id,
                cancellationToken
            )
        )
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Slug, AddressTaken);
        }
        if (Input.TopicId is not null && !Topics.Any(t => t.Value == Input.TopicId))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.TopicId, "Choose the topic this intervention belongs to");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var intervention = new Intervention { Slug = Input.Slug, Name = Input.Name! };
            Input.ApplyTo(intervention);
            return Done(
                await Drafts.CreateAsync(Kind, intervention, cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready."
            );
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, State!.Root.Id, token, intervention =>
        {
            Input.ApplyTo(intervention);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Done(result, "Draft saved. The public still sees the published version until you publish.");
        }
        var mine = new RecordSnapshot<InterventionInput>(Input);
        await OpenAsync(id, cancellationToken);
        return Conflicted(mine, await Kind.SnapshotAsync(db, State!.Editable, cancellationToken));
    }

    private async Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        Topics = await db
            .Topics.AsNoTracking()
            .Where(t => t.DraftOfId == null && t.Status != PublicationStatus.Deleted)
            .OrderBy(t => t.Review!.Order)
            .ThenBy(t => t.Order)
            .Select(t => new SelectListItem(t.Title, t.Id.ToString()))
            .ToListAsync(cancellationToken);
        IsNew = id == "new";
        return IsNew || await LoadAsync(id, publicPath: null, cancellationToken);
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
