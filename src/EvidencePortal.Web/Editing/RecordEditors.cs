using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// Reaches the right record type from a URL word ("study", "topic"...): for pages such as History
/// that work on any record.
/// </summary>
public sealed class RecordEditors(
    DraftWorkflow drafts, RecordLifecycle lifecycle, StudyKind studies, TopicKind topics, ReviewKind reviews,
    InterventionKind interventions, OutcomeKind outcomes)
{
    public sealed record RecordSummary(string EntityType, string Title, string EditHref, EditToken Token);

    public Task<RecordSummary?> DescribeAsync(string type, int id, CancellationToken cancellationToken) => type.ToLowerInvariant() switch
    {
        "study" => DescribeAsync(studies, "studies", id, cancellationToken),
        "topic" => DescribeAsync(topics, "topics", id, cancellationToken),
        "review" => DescribeAsync(reviews, "reviews", id, cancellationToken),
        "intervention" => DescribeAsync(interventions, "interventions", id, cancellationToken),
        "outcome" => DescribeAsync(outcomes, "outcomes", id, cancellationToken),
        _ => Task.FromResult<RecordSummary?>(null),
    };

    public Task<EditResult> RestoreRevisionAsync(string type, int id, int number, EditToken token, CancellationToken cancellationToken) =>
        type.ToLowerInvariant() switch
        {
            "study" => lifecycle.RestoreRevisionAsync(studies, id, number, token, cancellationToken),
            "topic" => lifecycle.RestoreRevisionAsync(topics, id, number, token, cancellationToken),
            "review" => lifecycle.RestoreRevisionAsync(reviews, id, number, token, cancellationToken),
            "intervention" => lifecycle.RestoreRevisionAsync(interventions, id, number, token, cancellationToken),
            "outcome" => lifecycle.RestoreRevisionAsync(outcomes, id, number, token, cancellationToken),
            _ => Task.FromResult(new EditResult(EditOutcome.NotFound)),
        };

    private async Task<RecordSummary?> DescribeAsync<T>(RecordKind<T> kind, string folder, int id, CancellationToken cancellationToken)
        where T : PublishableRecord
    {
        var state = await drafts.LoadAsync(kind, id, cancellationToken);
        return state is null ? null : new RecordSummary(kind.EntityType, kind.TitleOf(state.Editable), $"/edit/{folder}/{id}", state.Token);
    }
}
