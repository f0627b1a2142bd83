using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Editing;

/// <summary>
/// Reaches the right record type from a URL word ("study", "topic"...): for pages such as History
/// that work on any record.
/// </summary>
public sealed class RecordEditors(
    DraftWorkflow drafts,
    StudyKind studies,
    TopicKind topics,
    ReviewKind reviews,
    InterventionKind interventions,
    OutcomeKind outcomes
)
{
    /// <summary>A record as its history shows it; <see cref="InputType"/> is its edit form, whose labels name the
    /// fields.</summary>
    public sealed record RecordSummary(
        string EntityType,
        string Title,
        string EditHref,
        EditToken Token,
        Type InputType
    );

    public Task<RecordSummary?> DescribeAsync(string type, int id, CancellationToken cancellationToken) =>
        type.ToLowerInvariant() switch
        {
            "study" => DescribeAsync(studies, "studies", id, cancellationToken),
            "topic" => DescribeAsync(topics, "topics", id, cancellationToken),
            "review" => DescribeAsync(reviews, "reviews", id, cancellationToken),
            "intervention" => DescribeAsync(interventions, "interventions", id, cancellationToken),
            "outcome" => DescribeAsync(outcomes, "outcomes", id, cancellationToken),
            _ => Task.FromResult<RecordSummary?>(null),
        };

    public Task<EditResult> RestoreRevisionAsync(
        string type,
        int id,
        int number,
        EditToken token,
        CancellationToken cancellationToken
    ) =>
        type.ToLowerInvariant() switch
        {
            "study" => drafts.RestoreRevisionAsync(studies, id, number, token, cancellationToken),
            "topic" => drafts.RestoreRevisionAsync(topics, id, number, token, cancellationToken),
            "review" => drafts.RestoreRevisionAsync(reviews, id, number, token, cancellationToken),
            "intervention" => drafts.RestoreRevisionAsync(interventions, id, number, token, cancellationToken),
            "outcome" => drafts.RestoreRevisionAsync(outcomes, id, number, token, cancellationToken),
            _ => Task.FromResult(new EditResult(EditOutcome.NotFound)),
        };

    private async Task<RecordSummary?> DescribeAsync<T, TInput>(
        RecordKind<T, TInput> kind,
        string folder,
        int id,
        CancellationToken cancellationToken
    )
        where T : PublishableRecord
        where TInput : class
    {
        var state = await drafts.LoadAsync(kind, id, cancellationToken);
        return state is null
            ? null
            : new RecordSummary(
                kind.EntityType,
                kind.TitleOf(state.Editable),
                $"/edit/{folder}/{id}",
                state.Token,
                kind.InputType
            );
    }
}
