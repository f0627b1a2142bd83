using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Outcomes;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, OutcomeKind kind, MarkdownRenderer markdown)
    : EditRecordPageModel<Outcome, OutcomeInput>(db, drafts, lifecycle, kind, markdown)
{
    protected override string Folder => "outcomes";
    protected override string Noun => "outcome";
    protected override string Article => "an";
    protected override bool HasPreview => false;
    protected override string? PublicPath(Outcome record) => null;
    protected override OutcomeInput FromRecord(Outcome record) => OutcomeInput.From(record);
    protected override OutcomeInput NewInput() => new() { Order = "0", IsSocial = "false" };

    /// <summary>An unticked box sends nothing: normalise to "false" so the field's history stays exact.</summary>
    protected override void Clean(OutcomeInput input)
    {
        base.Clean(input);
        input.IsSocial = input.IsSocial == "true" ? "true" : "false";
    }

    protected override async Task CheckAsync(OutcomeInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken)
    {
        input.Slug = await RecordRules.CheckSlugAsync(Db.Outcomes, input.Slug, input.Name, state, rootId, "outcome", cancellationToken);
        RecordRules.CheckOrder(input.Order, state);
        RecordRules.CheckDate(input.LastReviewedOn, state);
    }

    protected override Outcome NewRecord(OutcomeInput input)
    {
        var outcome = new Outcome { Slug = input.Slug!, Name = input.Name! };
        Apply(input, outcome);
        return outcome;
    }
}
