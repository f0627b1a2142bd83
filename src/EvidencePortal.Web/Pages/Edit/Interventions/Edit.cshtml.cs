using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Interventions;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, InterventionKind kind, MarkdownRenderer markdown)
    : EditRecordPageModel<Intervention, InterventionInput>(db, drafts, lifecycle, kind, markdown)
{
    public IReadOnlyList<(string Value, string Label)> Topics { get; private set; } = [];

    protected override string Folder => "interventions";
    protected override string Noun => "intervention";
    protected override string Article => "an";
    protected override bool HasPreview => false;
    protected override string? PublicPath(Intervention record) => null;
    protected override InterventionInput FromRecord(Intervention record) => InterventionInput.From(record);
    protected override InterventionInput NewInput() => new() { Order = "0" };

    protected override async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Topics = (await Db.Topics.AsNoTracking().Where(t => t.DraftOfId == null && t.Status != PublicationStatus.Deleted)
            .OrderBy(t => t.Review!.Order).ThenBy(t => t.Order).Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (FieldText.Int(t.Id), t.Title)).ToList();

    protected override async Task CheckAsync(InterventionInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken)
    {
        input.Slug = await RecordRules.CheckSlugAsync(Db.Interventions, input.Slug, input.Name, state, rootId, "intervention", cancellationToken);
        RecordRules.CheckOrder(input.Order, state);
        RecordRules.CheckDate(input.LastReviewedOn, state);
        if (input.TopicId is not null && !Topics.Any(t => t.Value == input.TopicId))
        {
            state.AddModelError("Input.TopicId", "Choose the topic this intervention belongs to");
        }
    }

    protected override Intervention NewRecord(InterventionInput input)
    {
        var intervention = new Intervention { Slug = input.Slug!, Name = input.Name! };
        Apply(input, intervention);
        return intervention;
    }
}
