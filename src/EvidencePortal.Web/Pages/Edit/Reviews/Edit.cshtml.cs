using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Reviews;

public sealed class EditModel(PortalDbContext db, DraftWorkflow drafts, RecordLifecycle lifecycle, ReviewKind kind, MarkdownRenderer markdown)
    : EditRecordPageModel<Review, ReviewInput>(db, drafts, lifecycle, kind, markdown)
{
    protected override string Folder => "reviews";
    protected override string Noun => "review";
    protected override string? PublicPath(Review record) => $"/reviews/{record.Slug}";
    protected override ReviewInput FromRecord(Review record) => ReviewInput.From(record);
    protected override ReviewInput NewInput() => new() { Order = "0", LastReviewedOn = FieldText.Date(DateOnly.FromDateTime(DateTime.UtcNow)) };

    protected override async Task CheckAsync(ReviewInput input, ModelStateDictionary state, int? rootId, CancellationToken cancellationToken)
    {
        input.Slug = await RecordRules.CheckSlugAsync(Db.Reviews, input.Slug, input.ShortTitle, state, rootId, "review", cancellationToken);
        RecordRules.CheckOrder(input.Order, state);
        RecordRules.CheckDate(input.LastReviewedOn, state);
        if (input.PublishedOn is not null && FieldText.ToDate(input.PublishedOn + "-01") is null)
        {
            state.AddModelError("Input.PublishedOn", "Enter the year and month of publication, like 2017-04");
        }
        RecordRules.CheckWebAddresses(input.SourceUrls, state);
    }

    protected override Review NewRecord(ReviewInput input)
    {
        var review = new Review
        {
            Slug = input.Slug!, Title = input.Title!, ShortTitle = input.ShortTitle!, Authors = input.Authors!,
            Publisher = input.Publisher!, Scope = input.Scope!, KeyMessage = input.KeyMessage!,
        };
        Apply(input, review);
        return review;
    }
}
