using System.Net;
using System.Text.Json;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.History;

/// <summary>
/// Revisions stored before the forms were typed (every field text, keyed by name, in "Fields") still restore, and
/// history names fields as the forms label them.
/// </summary>
public class RevisionSnapshotTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    /// <summary>Adds a revision as the store already holds it, and restores it through the history page.</summary>
    private async Task<(HttpClient Editor, HttpResponseMessage Restored)> RestoreStoredAsync(
        string type,
        int id,
        string snapshotJson,
        string changesJson
    )
    {
        var number = 0;
        await using (var db = portal.NewDbContext())
        {
            var entityType = char.ToUpperInvariant(type[0]) + type[1..];
            number =
                await db.Revisions.Where(r => r.EntityType == entityType && r.EntityId == id).MaxAsync(r => r.Number)
                + 1;
            db.Revisions.Add(
                new Revision
                {
                    EntityType = entityType,
                    EntityId = id,
                    Number = number,
                    Action = RevisionAction.DraftSaved,
                    At = DateTime.UtcNow,
                    UserName = "earlier@example.org",
                    SnapshotJson = snapshotJson,
                    ChangesJson = changesJson,
                }
            );
            await db.SaveChangesAsync();
        }
        var editor = await EditorTestClient.SignInAsync(portal);
        var history = await editor.GetOkPageAsync($"/edit/history/{type}/{id}");
        return (editor, await editor.SubmitAsync(history, ".portal-revision:first-child form", []));
    }

    [Fact]
    public async Task Post_Restore_PutsBackAStudyRevisionInTheStoredFormat_KeepingFieldsItDoesNotHold()
    {
        Study live;
        await using (var db = portal.NewDbContext())
        {
            live = await db.Studies.AsNoTracking().Include(s => s.Findings)
                .SingleAsync(s => s.Slug == "castelein-2008-peer-support-groups-psychosis-rct" && s.DraftOfId == null);
        }
        var finding = live.Findings.OrderBy(f => f.Order).First();
        // As the store holds it: every value text, no "Country" (so a field added since), findings with their names.
        // Its longer lines are cut into raw literals joined by +, which add no line break.
        var title = JsonSerializer.Serialize(live.Title);
        var stored =
            $$"""
            {"Fields":{"Title":{{title}},"Slug":"{{live.Slug}}","Authors":"Castelein S",
            """
            + """
            "AuthorsNote":null,"Year":"2007",
            "Journal":null,"VolumeIssuePages":null,"Doi":"10.1111/j.1600-0447.2008.01228.x","SourceUrls":"",
            """
            + """
            "Design":null,"DesignCategory":"MixedMethods",
            "Setting":"Setting from an old revision","SampleSize":"106","Population":null,"OutcomesMeasured":"",
            """
            + $$"""
            "AppraisalMarkdown":"Old appraisal.",
            "Verification":null,"LastReviewedOn":null},
            "Findings":[{"InterventionId":{{finding.InterventionId}},"InterventionName":"?",
            """
            + $$"""
            "OutcomeId":{{finding.OutcomeId}},"OutcomeName":"?",
            "Direction":"Negative","Kind":"Qualitative","Note":"An old note."}],
            """
            + """
            "FindingsText":"? · ? · Negative · Qualitative: An old note."}
            """;

        var (editor, restored) = await RestoreStoredAsync(
            "study",
            live.Id,
            stored,
            """[{"Field":"SampleSize","Before":"98","After":"106"}]"""
        );

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var (_, edit) = await editor.FollowAsync(restored);
        Assert.Equal("Setting from an old revision", edit.Value("Input.Setting"));
        Assert.Equal("2007", edit.Value("Input.Year"));
        Assert.Equal(live.Country, edit.Value("Input.Country"));
        await using var check = portal.NewDbContext();
        var draft = await check
            .Studies.AsNoTracking()
            .Include(s => s.Findings)
            .SingleAsync(s => s.DraftOfId == live.Id);
        Assert.Equal(
            (DesignCategory.MixedMethods, "Old appraisal.", live.Country),
            (draft.DesignCategory, draft.AppraisalMarkdown, draft.Country)
        );
        var restoredFinding = Assert.Single(draft.Findings);
        Assert.Equal(
            (EffectDirection.Negative, FindingKind.Qualitative, "An old note."),
            (restoredFinding.Direction, restoredFinding.Kind, restoredFinding.Note)
        );
        var history = await editor.GetOkPageAsync($"/edit/history/study/{live.Id}");
        Assert.Contains(history.QuerySelectorAll(".portal-revision th[scope='row']"), th => th.Text() == "Sample size");
    }

    [Fact]
    public async Task Post_Restore_PutsBackAnOutcomeRevision_WhoseYesNoFieldWasStoredAsText()
    {
        Outcome live;
        await using (var db = portal.NewDbContext())
        {
            live = await db
                .Outcomes.AsNoTracking()
                .SingleAsync(o => o.Slug == "social-networks" && o.DraftOfId == null);
        }
        Assert.True(live.IsSocial);
        var stored = $$"""
            {"Fields":{"Name":{{JsonSerializer.Serialize(
                live.Name
            )}},"Slug":"social-networks","Description":"An older description.","IsSocial":"false","Order":"1",
            "LastReviewedOn":null},"Findings":null,"FindingsText":null}
            """;

        var (editor, restored) = await RestoreStoredAsync(
            "outcome",
            live.Id,
            stored,
            """[{"Field":"IsSocial","Before":"true","After":"false"}]"""
        );

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var (_, edit) = await editor.FollowAsync(restored);
        Assert.Null(edit.QuerySelector("#Input-IsSocial[checked]"));
        await using var check = portal.NewDbContext();
        var draft = await check.Outcomes.AsNoTracking().SingleAsync(o => o.DraftOfId == live.Id);
        Assert.Equal((false, "An older description."), (draft.IsSocial, draft.Description));
        var history = await editor.GetOkPageAsync($"/edit/history/outcome/{live.Id}");
        var labels = history.QuerySelectorAll(".portal-revision th[scope='row']").Select(th => th.Text()).ToList();
        Assert.Contains("A social outcome", labels);
        Assert.DoesNotContain("IsSocial", labels);
        var social = history.QuerySelectorAll(".portal-revision tbody tr")
            .First(r => r.QuerySelector("th").Text() == "A social outcome");
        Assert.Equal(["Yes", "No"], social.QuerySelectorAll("td").Select(td => td.Text()));
    }

    [Fact]
    public async Task Get_History_NamesEachChangedFieldAsItsFormLabelsIt()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        int id;
        await using (var db = portal.NewDbContext())
        {
            id = await db
                .Studies.Where(s => s.Slug == "mead-2010-befriending-meta-analysis")
                .Select(s => s.Id)
                .SingleAsync();
        }
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var label = form.QuerySelector("label[for='Input-VolumeIssuePages']").Text();

        await editor.FollowAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                new() { ["Input.VolumeIssuePages"] = "196(2):96-102" }
            )
        );

        var history = await editor.GetOkPageAsync($"/edit/history/study/{id}");
        var row = history.QuerySelectorAll(".portal-revision")[0].QuerySelectorAll("tbody tr").Single();
        Assert.Equal("Volume, issue and pages (optional)", label);
        Assert.Equal(label, row.QuerySelector("th").Text());
        Assert.Contains("196(2):96-102", row.Text());
    }
}
