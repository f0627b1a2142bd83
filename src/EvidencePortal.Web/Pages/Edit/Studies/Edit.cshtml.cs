using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Studies;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, StudyKind kind, MarkdownRenderer markdown)
    : EditRecordPageModel<Study, StudyInput>(db, drafts, lifecycle, kind, markdown)
{
    public StudyFormOptions Options { get; private set; } = null!;

    protected override string Folder => "studies";
    protected override string Noun => "study";
    protected override string? PublicPath(Study record) => $"/studies/{record.Slug}";
    protected override StudyInput FromRecord(Study record) => StudyInput.From(record);
    protected override StudyInput NewInput() =>
        new() { LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(DateTime.UtcNow)), Findings = [new()] };
    protected override async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Options = await StudyFormOptions.LoadAsync(Db, cancellationToken);
    protected override void Clean(StudyInput input) => StudyInputRules.Clean(input);
    protected override Task CheckAsync(StudyInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken) =>
        StudyInputRules.CheckAsync(input, state, Db, rootId, cancellationToken);
    protected override Task<RecordSnapshot> SnapshotAsync(StudyInput input, CancellationToken cancellationToken) =>
        StudyInputRules.SnapshotAsync(input, Db, cancellationToken);
    protected override void TakeCurrent(StudyInput input, RecordSnapshot current) => StudyInputRules.TakeCurrent(input, current, Resolve);
    protected override void Apply(StudyInput input, Study record) => StudyInputRules.ApplyTo(input, record, Db);

    protected override Study NewRecord(StudyInput input)
    {
        var study = new Study { Slug = input.Slug!, Title = input.Title! };
        StudyInputRules.ApplyTo(input, study, Db);
        return study;
    }

    /// <summary>Adds an empty finding row without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostAddFindingAsync(string id, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }
        ModelState.Clear();
        Input.Findings.Add(new FindingInput());
        return Page();
    }
}
