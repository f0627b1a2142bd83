using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

/// <summary>"/edit/reviews/new" adds a review, "/edit/reviews/{id}" edits one; saves go into a draft.</summary>
public sealed class EditModel(
    PortalDbContext db,
    DraftWorkflow drafts,
    ReviewKind kind,
    MarkdownRenderer markdown,
    TimeProvider clock
) : EditPageModel<Review, ReviewInput>(drafts, kind), IPortalPage
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public MarkdownPreview? Preview { get; private set; }

    public string PageTitle =>
        (ModelState.IsValid && Conflict is null ? "" : "Error: ") + (IsNew ? "Add a review" : "Edit review");
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Editing", "/edit"), new("Reviews", "/edit/reviews")];

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
            : ReviewInput.From(State.Editable);
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
            ConflictView.TakeCurrent(MetadataProvider, Input, ReviewInput.From(State.Editable), Resolve);
        }
        Input.Slug ??= TextInput.Slug(Input.ShortTitle ?? "review");
        if (await RecordRules.SlugTakenAsync(db.Reviews, r => r.Slug, Input.Slug, State?.Root.Id, cancellationToken))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Slug, AddressTaken);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            var review = new Review
            {
                Slug = Input.Slug, Title = Input.Title!, ShortTitle = Input.ShortTitle!, Authors = Input.Authors!,
                Publisher = Input.Publisher!, Scope = Input.Scope!, KeyMessage = Input.KeyMessage!,
            };
            Input.ApplyTo(review);
            return Done(
                await Drafts.CreateAsync(Kind, review, cancellationToken),
                "Saved as a draft. Preview it, then publish it when it is ready."
            );
        }
        if (!EditToken.TryParse(Token, out var token))
        {
            return BadToken();
        }
        var result = await Drafts.SaveDraftAsync(Kind, State!.Root.Id, token, review =>
        {
            Input.ApplyTo(review);
            return Task.CompletedTask;
        }, cancellationToken);
        if (result.Outcome != EditOutcome.Conflict)
        {
            return Done(result, "Draft saved. The public still sees the published version until you publish.");
        }
        var mine = new RecordSnapshot<ReviewInput>(Input);
        await OpenAsync(id, cancellationToken);
        return Conflicted(mine, await Kind.SnapshotAsync(db, State!.Editable, cancellationToken));
    }

    /// <summary>Shows how one of the review's Markdown parts will look, without saving (works without
    /// JavaScript).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string id, string? field, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, cancellationToken))
        {
            return NotFoundRecord(id);
        }
        ModelState.Clear();
        Preview = field switch
        {
            nameof(ReviewInput.KeyFindingsMarkdown) => MarkdownPreview.Render(
                markdown,
                field,
                Input.KeyFindingsMarkdown
            ),
            nameof(ReviewInput.OverviewMarkdown) => MarkdownPreview.Render(markdown, field, Input.OverviewMarkdown),
            nameof(ReviewInput.SummaryOfStudiesMarkdown) => MarkdownPreview.Render(
                markdown,
                field,
                Input.SummaryOfStudiesMarkdown
            ),
            nameof(ReviewInput.FutureResearchMarkdown) => MarkdownPreview.Render(
                markdown,
                field,
                Input.FutureResearchMarkdown
            ),
            _ => null,
        };
        return Page();
    }

    private async Task<bool> OpenAsync(string id, CancellationToken cancellationToken)
    {
        IsNew = id == "new";
        return IsNew || await LoadAsync(id, r => $"/reviews/{r.Slug}", cancellationToken);
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
