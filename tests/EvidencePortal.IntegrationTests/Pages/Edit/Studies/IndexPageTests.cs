using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Studies;

/// <summary>/edit/studies: every study with its year and state, found by title, author or address.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Studies_ListsEveryStudy_AndTheWayToAddOne()
    {
        var editor = await portal.ClientAsync();
        await using var db = portal.NewDbContext();
        var studies = await db.Studies.CountAsync(s => s.DraftOfId == null);

        var page = await editor.GetOkPageAsync("/edit/studies");

        Assert.Equal("Edit studies", page.QuerySelector("main h1").Text());
        Assert.Equal("/edit/studies/new", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        Assert.Equal($"{studies} studies, newest first", page.QuerySelector("main caption").Text());
        Assert.Equal(studies, page.QuerySelectorAll("main tbody tr").Length);
        Assert.All(page.QuerySelectorAll("main tbody tr td:last-child"), td => Assert.Equal("Live", td.Text()));
    }

    [Fact]
    public async Task Get_Studies_WithAQuery_ListsOnlyTheStudiesItFinds()
    {
        var editor = await portal.ClientAsync();
        var study = await portal.LiveRecordAsync(db =>
            db.Studies.Where(s => s.Slug == "harris-1999-befriending-chronic-depression")
        );

        var page = await editor.GetOkPageAsync("/edit/studies?q=harris-1999");

        Assert.Equal("1 study matching 'harris-1999', newest first", page.QuerySelector("main caption").Text());
        Assert.Equal("harris-1999", page.QuerySelector("main form[method=get] input[name=q]")!.GetAttribute("value"));
        var row = Assert.Single(page.QuerySelectorAll("main tbody tr"));
        Assert.Equal($"/edit/studies/{study.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(study.Title, row.QuerySelector("a").Text());
    }

    [Fact]
    public async Task Get_Studies_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/studies");
}
