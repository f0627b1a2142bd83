using EvidencePortal.IntegrationTests.Pages.Edit;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

/// <summary>
/// /topics/{slug}/changes speaks of the topic's studies (those with findings on its interventions): a study added,
/// a finding changed, a study withdrawn and brought back, each through the editors' real forms.
/// </summary>
public class ChangesStudyTests : IDisposable
{
    private readonly ChangeLogPortal portal = new();

    public void Dispose() => portal.Dispose();

    private Task<int> StudyIdAsync(string slug) => portal.IdAsync(db => db.Studies, s => s.Slug == slug);

    [Fact]
    public async Task Get_Changes_ShowsANewStudy_LinkedToItsPage_WithItsFinding_AndNotInOtherTopics()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var befriending = await portal.IdAsync(db => db.Interventions, i => i.Name == "Volunteer befriending");
        var loneliness = await portal.IdAsync(db => db.Outcomes, o => o.Name == "Loneliness");

        await editor.AddStudyAsync(new()
        {
            ["Input.Title"] = "Telephone befriending for older adults with depression",
            ["Input.Slug"] = "new-2026-phone",
            ["Input.Authors"] = "Example A", ["Input.Year"] = "2026", ["Input.DesignCategory"] = "Rct",
            ["Input.SourceUrls"] = "https://example.org/new-2026-phone",
            ["Input.Findings[0].InterventionId"] = $"{befriending}", ["Input.Findings[0].OutcomeId"] = $"{loneliness}",
            ["Input.Findings[0].Direction"] = "Positive", ["Input.Findings[0].Kind"] = "Quantitative",
            ["Input.Findings[0].Note"] = "Less lonely at six months.",
        });

        var reader = portal.CreateClient();
        var change = Assert.Single((await reader.GetOkPageAsync("/topics/befriending/changes")).Changes());
        Assert.Equal(
            ("Study added: Telephone befriending for older adults with depression", "/studies/new-2026-phone"),
            (change.Heading, change.Href)
        );
        Assert.Equal(["Finding on loneliness: Positive"], change.Lines);
        Assert.Empty((await reader.GetOkPageAsync("/topics/peer-support/changes")).Changes());
    }

    [Fact]
    public async Task Get_Changes_SaysAFindingChangedDirection_FromWhatToWhat()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var id = await StudyIdAsync("castelein-2008-peer-support-groups-psychosis-rct");

        await editor.SaveAndPublishAsync($"/edit/studies/{id}", new()
        {
            ["Input.Findings[1].Direction"] = "NoEffect", ["Input.VolumeIssuePages"] = "118(1):64-73",
        });

        var page = await portal.CreateClient().GetOkPageAsync("/topics/peer-support/changes");
        var change = Assert.Single(page.Changes());
        Assert.StartsWith("Study updated: ", change.Heading);
        Assert.Equal("/studies/castelein-2008-peer-support-groups-psychosis-rct", change.Href);
        Assert.Equal(
            ["Volume, issue and pages changed from 118(1):64-72 to 118(1):64-73",
                "Finding on social support changed from Positive to No effect"],
            change.Lines
        );
    }

    [Fact]
    public async Task Get_Changes_ShowsAWithdrawnStudy_UnlinkedWhileWithdrawn_AndItsReturn_OnTheDaysTheyHappened()
    {
        var id = await StudyIdAsync("priebe-2019-volume-befriending-rct");
        const string title = "Effectiveness of a volunteer befriending programme for patients with schizophrenia: "
            + "randomised controlled trial";
        var editor = await EditorTestClient.SignInAsync(portal);
        var reader = portal.CreateClient();
        await editor.DeleteAsync("study", id);
        var withdrawn = portal.Today;

        var whileWithdrawn = Assert.Single((await reader.GetOkPageAsync("/topics/befriending/changes")).Changes());
        portal.Clock.Advance(TimeSpan.FromDays(1));
        // A day later the first session has ended: a colleague brings the study back.
        await (await EditorTestClient.SignInAsync(portal)).UndeleteAsync($"/edit/studies/{id}");
        var changes = (await reader.GetOkPageAsync("/topics/befriending/changes")).Changes();

        Assert.Equal(
            (withdrawn, $"Study withdrawn: {title}", null),
            (whileWithdrawn.Date, whileWithdrawn.Heading, whileWithdrawn.Href)
        );
        Assert.Equal(
            [
                (portal.Today, $"Study brought back: {title}", "/studies/priebe-2019-volume-befriending-rct"),
                (withdrawn, $"Study withdrawn: {title}", "/studies/priebe-2019-volume-befriending-rct"),
            ],
            changes.Select(c => (c.Date, c.Heading, c.Href))
        );
    }
}
