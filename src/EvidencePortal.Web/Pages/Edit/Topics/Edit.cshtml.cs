using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Topics;

/// <summary>"/edit/topics/new" adds a topic to a review, "/edit/topics/{id}" edits one; saves go into a
/// draft.</summary>
public sealed class EditModel(
    PortalDbContext db,
    DraftWorkflow drafts,
    TopicKind kind,
    MarkdownRenderer markdown,
    TimeProvider clock
) : EditPageModel<Topic, TopicInput>(drafts, kind), IPortalPage
{
    [BindProperty]
    public TopicInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Reviews { get; private set; } = [];
    public MarkdownPreview? Preview { get; private set; }

    public static IReadOnlyList<SelectListItem> Directions { get; } =
        Enum.GetValues<HeadlineDirection>().Select(d => new SelectListItem(d.Label(), d.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Strengths { get; } =
        Enum.GetValues<EvidenceStrength>().Select(s => new SelectListItem(s.Label(), s.ToString())).ToList();

    public string PageTitle =>
        (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? "Add a topic" : "Edit topic");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Topics", "/edit/topics")];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        Input = State is null
            ? new()
            {
                Order = "0",
                LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            }
            : TopicInput.From(State.Editable);
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
            ConflictView.TakeCurrent(MetadataProvider, Input, TopicInput.From(State.Editable), Resolve);
        }
        await CheckAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var topic = new Topic
            {
                Slug = Input.Slug!,
                Title = Input.Title!,
                KeyMessage = Input.KeyMessage!,
                ReviewId = FieldText.ToInt(Input.ReviewId),
            };
            Input.ApplyTo(topic);
            return Done(
                await Drafts.CreateAsync(Kind, topic, cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready."
            );
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, State!.Root.Id, token, topic =>
        {
            Input.ApplyTo(topic);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Done(result, "Draft saved. The public still sees the published version until you publish.");
        }
        var mine = new RecordSnapshot<TopicInput>(Input);
        await OpenAsync(id, cancellationToken);
        return Conflicted(mine, await Kind.SnapshotAsync(db, State!.Editable, cancellationToken));
    }

    /// <summary>Shows how the summary will look, without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string id, string? field, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        ModelState.Clear();
        Preview =
            field == nameof(TopicInput.SummaryMarkdown)
                ? MarkdownPreview.Render(markdown, field, Input.SummaryMarkdown)
                : null;
        return Page();
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        Input.Slug ??= TextInput.Slug(Input.Title ?? "topic");
        if (await RecordRules.SlugTakenAsync(db.Topics, t => t.Slug, Input.Slug, State?.Root.Id, cancellationToken))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Slug, AddressTaken);
        }
        var overriding =
            Input.OverrideDirection is not null
            || Input.OverrideStrength is not null
            || Input.OverrideRationale is not null;
        if (
            overriding
            && (
                FieldText.ToEnum<HeadlineDirection>(Input.OverrideDirection) is null
                || FieldText.ToEnum<EvidenceStrength>(Input.OverrideStrength) is null
            )
        )
        {
            ModelState.AddModelError<EditModel>(m => m.Input.OverrideDirection,
                "To override the rating, choose both a direction and a strength, or clear all three override fields");
        }
        if (overriding && Input.OverrideRationale is null)
        {
            ModelState.AddModelError<EditModel>(
                m => m.Input.OverrideRationale,
                "Explain why the computed rating is being overridden: the reason is shown to readers"
            );
        }
        if (IsNew && !Reviews.Any(r => r.Value == Input.ReviewId))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.ReviewId, "Choose the review this topic belongs to");
        }
    }

    private async Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        Reviews = await db
            .Reviews.AsNoTracking()
            .Where(r => r.DraftOfId == null && r.Status != PublicationStatus.Deleted)
            .OrderBy(r => r.Order)
            .Select(r => new SelectListItem(r.ShortTitle, r.Id.ToString()))
            .ToListAsync(cancellationToken);
        IsNew = id == "new";
        return IsNew || await LoadAsync(id, t => $"/topics/{t.Slug}", cancellationToken);
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
