using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Outcomes;

/// <summary>/edit/outcomes: every outcome, which of them are social (only those move a rating), and the way to add
/// one.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Outcomes_ListsEach_MarkingTheSocialOnes()
    {
        var editor = await portal.ClientAsync();
        await using var db = portal.NewDbContext();
        var outcomes = await db
            .Outcomes.Where(o => o.DraftOfId == null)
            .OrderBy(o => o.Order)
            .Select(o => new { o.Name, o.IsSocial })
            .ToListAsync();

        var page = await editor.GetOkPageAsync("/edit/outcomes");

        Assert.Equal("Edit outcomes", page.QuerySelector("main h1").Text());
        Assert.Equal("/edit/outcomes/new", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        var rows = page.QuerySelectorAll("main tbody tr")
            .Select(r =>
                (Name: r.QuerySelector("td a").Text(), Social: r.QuerySelector(".portal-secondary") is not null)
            )
            .ToList();
        Assert.Equal(
            outcomes.Select(o => (Name: o.Name, Social: o.IsSocial)).OrderBy(o => o.Name, StringComparer.Ordinal),
            rows.OrderBy(r => r.Name, StringComparer.Ordinal)
        );
        Assert.Contains(rows, r => r.Social);
        Assert.Contains(rows, r => !r.Social);
    }

    [Fact]
    public async Task Get_Outcomes_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/outcomes");
}
