using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.IntegrationTests.Pages.Edit;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

/// <summary>
/// The change logs' queries (which revisions went live, the version live before each) read the same on PostgreSQL:
/// a rating set, a finding changed, a study withdrawn, in the topic's log and the review's.
/// </summary>
public class ChangesOnPostgresTests
{
    [Fact]
    public async Task Get_Changes_ListsTheSameChanges_OnPostgres()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var portal = new ChangeLogPortal();
        portal.With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);
        var editor = await EditorTestClient.SignInAsync(portal);
        var topic = await portal.IdAsync(db => db.Topics, t => t.Slug == "peer-support");
        var study = await portal.IdAsync(db => db.Studies,
            s => s.Slug == "castelein-2008-peer-support-groups-psychosis-rct");

        await editor.SaveAndPublishAsync($"/edit/topics/{topic}", new()
        {
            ["Input.OverrideDirection"] = "Positive", ["Input.OverrideStrength"] = "Low",
            ["Input.OverrideRationale"] = "A reason.",
        });
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.SaveAndPublishAsync($"/edit/studies/{study}", new() { ["Input.Findings[1].Direction"] = "Mixed" });
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.DeleteAsync("study", study);
        await editor.SaveAsync($"/edit/topics/{topic}", new() { ["Input.Title"] = "A draft title" });

        var reader = portal.CreateClient();
        foreach (var url in new[] { "/topics/peer-support/changes", "/reviews/social-networks/changes" })
        {
            var changes = (await reader.GetOkPageAsync(url)).Changes();
            Assert.Equal(
                ["Study withdrawn", "Study updated", "Topic updated"],
                changes.Select(c => c.Heading.Split(':')[0])
            );
            // A review spans several interventions, so its log names each finding's.
            var intervention = url.StartsWith("/reviews", StringComparison.Ordinal) ? " (Peer support)" : "";
            Assert.Equal(
                $"Finding on social support{intervention} changed from Positive to Mixed",
                Assert.Single(changes[1].Lines)
            );
            Assert.Equal("Why: A reason.", changes[2].Lines[^1]);
        }
    }
}
