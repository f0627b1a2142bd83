using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Topics;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, TopicKind kind, MarkdownRenderer markdown)
    : EditRecordPageModel<Topic, TopicInput>(db, drafts, lifecycle, kind, markdown)
{
    public IReadOnlyList<(string Value, string Label)> Reviews { get; private set; } = [];

    protected override string Folder => "topics";
    protected override string Noun => "topic";
    protected override string? PublicPath(Topic record) => $"/topics/{record.Slug}";
    protected override TopicInput FromRecord(Topic record) => TopicInput.From(record);
    protected override TopicInput NewInput() => new() { Order = "0", LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(DateTime.UtcNow)) };

    protected override async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Reviews = (await Db.Reviews.AsNoTracking().Where(r => r.DraftOfId == null && r.Status != PublicationStatus.Deleted)
            .OrderBy(r => r.Order).Select(r => new { r.Id, r.ShortTitle }).ToListAsync(cancellationToken))
            .Select(r => (FieldText.Int(r.Id), r.ShortTitle)).ToList();

    protected override async Task CheckAsync(TopicInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken)
    {
        input.Slug = await RecordRules.CheckSlugAsync(Db.Topics, input.Slug, input.Title, state, rootId, "topic", cancellationToken);
        RecordRules.CheckOrder(input.Order, state);
        RecordRules.CheckDate(input.LastReviewedOn, state);
        var overriding = input.OverrideDirection is not null || input.OverrideStrength is not null || input.OverrideRationale is not null;
        if (overriding && (FieldText.ToEnum<HeadlineDirection>(input.OverrideDirection) is null || FieldText.ToEnum<EvidenceStrength>(input.OverrideStrength) is null))
        {
            state.AddModelError("Input.OverrideDirection", "To override the rating, choose both a direction and a strength, or clear all three override fields");
        }
        if (overriding && input.OverrideRationale is null)
        {
            state.AddModelError("Input.OverrideRationale", "Explain why the computed rating is being overridden: the reason is shown to readers");
        }
        if (rootId is null && !Reviews.Any(r => r.Value == input.ReviewId))
        {
            state.AddModelError("Input.ReviewId", "Choose the review this topic belongs to");
        }
    }

    protected override Topic NewRecord(TopicInput input)
    {
        var topic = new Topic { Slug = input.Slug!, Title = input.Title!, KeyMessage = input.KeyMessage!, ReviewId = FieldText.ToInt(input.ReviewId) };
        Apply(input, topic);
        return topic;
    }
}
