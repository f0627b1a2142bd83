using AngleSharp.Html.Dom;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using EvidencePortal.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Publishing;

/// <summary>
/// Every kind of change the public sees, made as editors make it, leaves the evidence summary exactly as recomputing
/// it from every finding would: a finding's direction, a deletion and its undoing, an intervention moved to another
/// topic, an outcome no longer counted as social, and publishes on two instances at once.
/// </summary>
public sealed class EvidenceSummaryInStepTests
{
    private const string Study = "harris-1999-befriending-chronic-depression";

    [Fact]
    public async Task Each_kind_of_publish_keeps_the_summary_as_a_full_rebuild_would_make_it()
    {
        using var portal = new PortalFactory();
        var editor = await EditorTestClient.SignInAsync(portal, role: Web.Accounts.Roles.Admin);
        var reader = portal.CreateClient();
        var (studyId, interventionId, outcomeId, otherTopicId) = await IdsAsync(portal);

        await PublishAsync(editor, $"/edit/studies/{studyId}", new() { ["Input.Findings[0].Direction"] = "Negative" });
        await AssertInStepAsync(portal);
        Assert.Contains("negative", await CellTextAsync(reader, "volunteer-befriending"));

        var confirm = await editor.GetOkPageAsync($"/edit/delete/study/{studyId}");
        var (_, deleted) = await editor.FollowAsync(
            await editor.SubmitAsync(confirm, "form.portal-confirm-delete", []));
        await AssertInStepAsync(portal);
        await editor.FollowAsync(
            await editor.SubmitAsync(deleted, ".portal-record-status form[action*='handler=Undelete']", []));
        await AssertInStepAsync(portal);

        await PublishAsync(editor, $"/edit/interventions/{interventionId}",
            new() { ["Input.TopicId"] = otherTopicId.ToString() });
        await AssertInStepAsync(portal);

        await PublishAsync(editor, $"/edit/outcomes/{outcomeId}", new() { ["Input.IsSocial"] = null });
        await AssertInStepAsync(portal);
        Assert.Empty(portal.ServerErrors);
    }

    [Fact]
    public async Task Studies_published_at_once_through_two_instances_leave_the_summary_in_step()
    {
        var database = await Data.PostgresTestDatabase.CreateAsync();
        using var first = Postgres(database);
        using var second = Postgres(database);
        var editors = new[]
        {
            await EditorTestClient.SignInAsync(first, email: "first@example.org"),
            await EditorTestClient.SignInAsync(second, email: "second@example.org"),
        };
        List<int> ids;
        await using (var db = first.NewDbContext())
        {
            ids = await db.Studies.Where(s => s.DraftOfId == null && s.Findings.Any()).OrderBy(s => s.Id)
                .Select(s => s.Id).Take(12).ToListAsync();
        }

        await Task.WhenAll(ids.Select((id, n) => PublishAsync(editors[n % 2], $"/edit/studies/{id}",
            new() { ["Input.Findings[0].Direction"] = n % 3 == 0 ? "NoEffect" : "Mixed" })));

        await AssertInStepAsync(first);
        Assert.Empty(first.ServerErrors.Concat(second.ServerErrors));
    }

    private static async Task<(int Study, int Intervention, int Outcome, int OtherTopic)> IdsAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var study = await db.Studies.SingleAsync(s => s.Slug == Study && s.DraftOfId == null);
        var finding = await db.Findings.Where(f => f.StudyId == study.Id).OrderBy(f => f.Order)
            .Select(f => new { f.InterventionId, f.OutcomeId, f.Intervention!.TopicId }).FirstAsync();
        var otherTopic = await db.Topics.Where(t => t.Id != finding.TopicId && t.DraftOfId == null)
            .Select(t => t.Id).FirstAsync();
        return (study.Id, finding.InterventionId, finding.OutcomeId, otherTopic);
    }

    private static async Task<IHtmlDocument> PublishAsync(
        HttpClient editor, string url, Dictionary<string, string?> values)
    {
        var form = await editor.GetOkPageAsync(url);
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(form, "form[action*='handler=Save']", values));
        var (_, published) = await editor.FollowAsync(
            await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []));
        Assert.Contains("No unpublished changes", published.QuerySelector(".portal-record-status")!.Text());
        return published;
    }

    private static async Task<string> CellTextAsync(HttpClient reader, string intervention)
    {
        var map = await reader.GetOkPageAsync("/map");
        return string.Join(" | ", map.QuerySelectorAll($"td a[href^='/studies?intervention={intervention}&']")
            .Select(a => a.Text()));
    }

    /// <summary>The summary as publishing left it, row for row, equals the summary recomputed from scratch.</summary>
    private static async Task AssertInStepAsync(PortalFactory portal)
    {
        var kept = await SnapshotAsync(portal);
        await using (var db = portal.NewDbContext())
        {
            await EvidenceSummary.RebuildAsync(db, CancellationToken.None);
        }
        var rebuilt = await SnapshotAsync(portal);
        Assert.NotEmpty(rebuilt);
        Assert.Equal(rebuilt, kept);
    }

    private static async Task<List<string>> SnapshotAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var cells = (await db.StudyCells.AsNoTracking().ToListAsync()).Select(c =>
            $"cell {c.StudyId} {c.InterventionId} {c.OutcomeId} {c.TopicId} {c.IsSocial} {c.DesignCategory} {c.Year} "
            + $"{c.Direction} {c.Directions} {c.Findings} {c.QualitativeFindings}");
        var topics = (await db.StudyTopics.AsNoTracking().ToListAsync()).Select(t =>
            $"topic {t.StudyId} {t.TopicId} {t.DesignCategory} {t.SocialDirection} {t.Findings} "
            + $"{t.QualitativeFindings}");
        var reviews = (await db.StudyReviews.AsNoTracking().ToListAsync()).Select(r =>
            $"review {r.StudyId} {r.ReviewId} {r.DesignCategory} {r.Country} {r.Year}");
        return cells.Concat(topics).Concat(reviews).Order(StringComparer.Ordinal).ToList();
    }

    private static PortalFactory Postgres(string database) =>
        new PortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);
}
