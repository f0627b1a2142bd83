using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Interventions;

/// <summary>/edit/interventions: every intervention with its topic and state, and the way to add one.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Interventions_ListsEachWithItsTopicAndState()
    {
        var editor = await portal.ClientAsync();
        await using var db = portal.NewDbContext();
        var interventions = await db
            .Interventions.Where(i => i.DraftOfId == null)
            .Select(i => new
            {
                i.Id,
                i.Name,
                Topic = i.Topic!.Title,
            })
            .ToListAsync();

        var page = await editor.GetOkPageAsync("/edit/interventions");

        Assert.Equal("Edit interventions", page.QuerySelector("main h1").Text());
        Assert.Equal("/edit/interventions/new", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        var rows = page.QuerySelectorAll("main tbody tr").ToList();
        Assert.Equal(interventions.Count, rows.Count);
        var first = interventions[0];
        var row = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/edit/interventions/{first.Id}");
        Assert.Equal(first.Name, row.QuerySelector("td a").Text());
        Assert.Equal(first.Topic, row.QuerySelector("td .portal-secondary").Text());
        Assert.All(rows, r => Assert.Equal("Live", r.QuerySelector("td:last-child").Text()));
    }

    [Fact]
    public async Task Get_Interventions_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/interventions");
}
