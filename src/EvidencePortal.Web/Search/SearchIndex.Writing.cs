using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Search;

public abstract partial class SearchIndex
{
    private const int Batch = 500;
    private static readonly string[] Tables = ["search_study_findings", "search_studies", "search_topics", "search_words"];

    public async Task ReindexStudiesAsync(IReadOnlyCollection<int> studyIds, CancellationToken cancellationToken)
    {
        foreach (var batch in studyIds.Distinct().Chunk(Batch))
        {
            var documents = await SearchDocuments.StudiesAsync(Db, batch, cancellationToken);
            await InTransactionAsync(() => WriteStudiesAsync(batch, documents, null, cancellationToken), cancellationToken);
        }
    }

    public async Task ReindexTopicsAsync(IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken)
    {
        var documents = await SearchDocuments.TopicsAsync(Db, topicIds, cancellationToken);
        await InTransactionAsync(() => WriteTopicsAsync(topicIds.ToList(), documents, cancellationToken), cancellationToken);
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await InTransactionAsync(async () =>
        {
            foreach (var table in Tables)
            {
                await ExecuteAsync($"DELETE FROM {table}", new(), cancellationToken);
            }
        }, cancellationToken);
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var after = 0; ;)
        {
            var ids = await SearchDocuments.LiveStudyIdsAsync(Db, after, Batch, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }
            var documents = await SearchDocuments.StudiesAsync(Db, ids, cancellationToken);
            await InTransactionAsync(() => WriteStudiesAsync([], documents, known, cancellationToken), cancellationToken);
            after = ids[^1];
        }
        var topics = await SearchDocuments.TopicsAsync(Db, null, cancellationToken);
        await InTransactionAsync(() => WriteTopicsAsync([], topics, cancellationToken), cancellationToken);
        await WithConnectionAsync(async () => { await AfterRebuildAsync(cancellationToken); return 0; });
    }

    public async Task<bool> IsInStepAsync(CancellationToken cancellationToken)
    {
        var studies = await Db.Studies.Live().CountAsync(cancellationToken);
        var topics = await Db.Topics.Live().CountAsync(cancellationToken);
        return await WithConnectionAsync(async () =>
            Convert.ToInt32(await ScalarAsync("SELECT COUNT(*) FROM search_studies", new(), cancellationToken)) == studies
            && Convert.ToInt32(await ScalarAsync("SELECT COUNT(*) FROM search_topics", new(), cancellationToken)) == topics);
    }

    /// <summary>A chance to tidy the index after a full rebuild (FTS5 merges its segments).</summary>
    protected virtual Task AfterRebuildAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WriteStudiesAsync(
        IReadOnlyCollection<int> remove, List<StudyDocument> documents, HashSet<string>? knownWords, CancellationToken cancellationToken)
    {
        var ids = remove.Concat(documents.Select(d => d.Id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            var parameters = new Dictionary<string, object?> { ["ids"] = IdsValue(ids) };
            await ExecuteAsync($"DELETE FROM search_study_findings WHERE study_id IN ({IdsSql("ids")})", parameters, cancellationToken);
            await ExecuteAsync($"DELETE FROM search_studies WHERE study_id IN ({IdsSql("ids")})", parameters, cancellationToken);
        }
        foreach (var d in documents)
        {
            await ExecuteAsync(
                "INSERT INTO search_studies (study_id, slug, title, authors, year, design, names, details, notes) " +
                "VALUES (@id, @slug, @title, @authors, @year, @design, @names, @details, @notes)",
                new() { ["id"] = d.Id, ["slug"] = d.Slug, ["title"] = d.Title, ["authors"] = d.Authors, ["year"] = d.Year,
                    ["design"] = d.Design, ["names"] = d.Names, ["details"] = d.Details, ["notes"] = d.Notes }, cancellationToken);
            foreach (var f in d.Findings)
            {
                await ExecuteAsync("INSERT INTO search_study_findings (study_id, topic, outcome, direction) VALUES (@id, @topic, @outcome, @direction)",
                    new() { ["id"] = d.Id, ["topic"] = f.Topic, ["outcome"] = f.Outcome, ["direction"] = f.Direction }, cancellationToken);
            }
            await AddWordsAsync([d.Title, d.Authors, d.Names, d.Details, d.Notes], knownWords, cancellationToken);
        }
    }

    private async Task WriteTopicsAsync(List<int> remove, List<TopicDocument> documents, CancellationToken cancellationToken)
    {
        var ids = remove.Concat(documents.Select(d => d.Id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            await ExecuteAsync($"DELETE FROM search_topics WHERE topic_id IN ({IdsSql("ids")})", new() { ["ids"] = IdsValue(ids) }, cancellationToken);
        }
        foreach (var d in documents)
        {
            await ExecuteAsync("INSERT INTO search_topics (topic_id, slug, title, key_message, summary) VALUES (@id, @slug, @title, @key, @summary)",
                new() { ["id"] = d.Id, ["slug"] = d.Slug, ["title"] = d.Title, ["key"] = d.KeyMessage, ["summary"] = d.Summary }, cancellationToken);
            await AddWordsAsync([d.Title, d.KeyMessage, d.Summary], null, cancellationToken);
        }
    }

    /// <summary>
    /// Words for "did you mean": only added, never removed (a word that no longer matches anything is
    /// checked before it is suggested). A rebuild remembers what it added to skip repeats.
    /// </summary>
    private async Task AddWordsAsync(IEnumerable<string> texts, HashSet<string>? known, CancellationToken cancellationToken)
    {
        var words = texts.SelectMany(SearchTerms.WordsOf).Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct();
        foreach (var word in words)
        {
            if (known is null || known.Add(word))
            {
                await ExecuteAsync("INSERT INTO search_words (word) VALUES (@word) ON CONFLICT DO NOTHING", new() { ["word"] = word }, cancellationToken);
            }
        }
    }

    private async Task ExecuteAsync(string sql, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Joins the caller's transaction when there is one (an editor's save), else opens its own.</summary>
    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (Db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }
        await WithConnectionAsync(async () =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
            return 0;
        });
    }
}
