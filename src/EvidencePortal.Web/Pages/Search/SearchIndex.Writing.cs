using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Search;

/// <summary>
/// Keeping the index in step with the store: an editor's save reindexes its records, in the same transaction
/// when there is one. The full rebuild is in SearchIndex.Rebuild.cs.
/// </summary>
public abstract partial class SearchIndex
{
    private const int Batch = 500;

    public async Task ReindexStudiesAsync(IReadOnlyCollection<int> studyIds, CancellationToken cancellationToken)
    {
        foreach (var batch in studyIds.Distinct().Chunk(Batch))
        {
            var documents = await SearchDocuments.StudiesAsync(Db, batch, cancellationToken);
            await InTransactionAsync(
                () => WriteStudiesAsync(batch, documents, null, cancellationToken),
                cancellationToken
            );
        }
    }

    public async Task ReindexTopicsAsync(IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken)
    {
        var documents = await SearchDocuments.TopicsAsync(Db, topicIds, cancellationToken);
        await InTransactionAsync(
            () => WriteTopicsAsync(topicIds.ToList(), documents, cancellationToken),
            cancellationToken
        );
    }

    private async Task WriteStudiesAsync(
        IReadOnlyCollection<int> remove,
        List<StudyDocument> documents,
        HashSet<string>? knownWords,
        CancellationToken cancellationToken
    )
    {
        var ids = remove.Concat(documents.Select(d => d.Id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            var parameters = new Dictionary<string, object?>();
            await ExecuteAsync(
                $"DELETE FROM search_study_findings WHERE study_id IN ({IdList(ids)})",
                parameters,
                cancellationToken
            );
            await ExecuteAsync(
                $"DELETE FROM search_studies WHERE study_id IN ({IdList(ids)})",
                parameters,
                cancellationToken
            );
        }
        // One prepared command per table, reused for every row: a rebuild writes hundreds of thousands.
        await using var study = Prepared(
            "INSERT INTO search_studies "
                + "(study_id, slug, title, authors, year, design, names, details, notes, findings) "
                + "VALUES (@id, @slug, @title, @authors, @year, @design, @names, @details, @notes, @findings)"
        );
        await using var finding = Prepared(
            "INSERT INTO search_study_findings (study_id, topic, outcome, direction) "
                + "VALUES (@id, @topic, @outcome, @direction)"
        );
        await using var word = Prepared("INSERT INTO search_words (word) VALUES (@word) ON CONFLICT DO NOTHING");
        foreach (var d in documents)
        {
            await RunAsync(
                study,
                cancellationToken,
                d.Id,
                d.Slug,
                d.Title,
                d.Authors,
                d.Year,
                d.Design,
                d.Names,
                d.Details,
                d.Notes,
                string.Join("\n", d.Findings.Select(f => $"{f.Topic}|{f.Outcome}|{f.Direction}"))
            );
            foreach (var f in d.Findings)
            {
                await RunAsync(finding, cancellationToken, d.Id, f.Topic, f.Outcome, f.Direction);
            }
            foreach (var w in NewWords([d.Title, d.Authors, d.Names, d.Details, d.Notes], knownWords))
            {
                await RunAsync(word, cancellationToken, w);
            }
        }
    }

    private async Task WriteTopicsAsync(
        List<int> remove,
        List<TopicDocument> documents,
        CancellationToken cancellationToken
    )
    {
        var ids = remove.Concat(documents.Select(d => d.Id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            await ExecuteAsync(
                $"DELETE FROM search_topics WHERE topic_id IN ({IdList(ids)})",
                new(),
                cancellationToken
            );
        }
        foreach (var d in documents)
        {
            await ExecuteAsync(
                "INSERT INTO search_topics (topic_id, slug, title, key_message, summary) "
                    + "VALUES (@id, @slug, @title, @key, @summary)",
                new()
                {
                    ["id"] = d.Id,
                    ["slug"] = d.Slug,
                    ["title"] = d.Title,
                    ["key"] = d.KeyMessage,
                    ["summary"] = d.Summary,
                },
                cancellationToken
            );
            foreach (var w in NewWords([d.Title, d.KeyMessage, d.Summary], null))
            {
                await ExecuteAsync(
                    "INSERT INTO search_words (word) VALUES (@word) ON CONFLICT DO NOTHING",
                    new() { ["word"] = w },
                    cancellationToken
                );
            }
        }
    }

    /// <summary>
    /// Words for "did you mean": only added, never removed (a suggestion is checked to find something
    /// before it is offered). A rebuild remembers what it added to skip repeats.
    /// </summary>
    private static IEnumerable<string> NewWords(IEnumerable<string> texts, HashSet<string>? known) =>
        texts
            .SelectMany(SearchTerms.WordsOf)
            .Where(w => w.Length >= 4)
            .Distinct()
            .Where(w => known is null || known.Add(w));

    /// <summary>A command whose parameters (@name, in order of appearance) are set by <see cref="RunAsync"/>.</summary>
    private System.Data.Common.DbCommand Prepared(string sql)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"@\w+").Select(m => m.Value[1..]).Distinct();
        return Command(sql, names.ToDictionary(n => n, n => (object?)null));
    }

    private static async Task RunAsync(
        System.Data.Common.DbCommand command,
        CancellationToken cancellationToken,
        params object[] values
    )
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(
        string sql,
        Dictionary<string, object?> parameters,
        CancellationToken cancellationToken
    )
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
        await Db.InTransactionAsync(
            async (transaction, token) =>
            {
                await work();
                await transaction.CommitAsync(token);
            },
            cancellationToken
        );
    }
}
