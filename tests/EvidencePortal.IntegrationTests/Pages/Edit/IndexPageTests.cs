using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Edit;

/// <summary>/edit: the editors' start page, with drafts waiting, recent changes and what can be edited.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Edit_ShowsDraftsRecentChanges_AndLinksToEachKindOfRecord()
    {
        var editor = await portal.ClientAsync();

        var page = await editor.GetOkPageAsync("/edit");

        Assert.Equal("Editing", page.QuerySelector("main h1").Text());
        Assert.Equal(
            ["Drafts waiting to be published", "Recent changes", "Edit"],
            page.QuerySelectorAll("main h2").Select(h => h.Text())
        );
        Assert.Contains("There are no drafts.", page.MainText());
        var sections = page.QuerySelectorAll("main .nhsuk-grid-column-one-third a")
            .Select(a => a.GetAttribute("href"))
            .ToList();
        Assert.Equal(
            ["/edit/studies", "/edit/topics", "/edit/reviews", "/edit/interventions", "/edit/outcomes", "/edit/import"],
            sections
        );
    }

    [Fact]
    public async Task Get_Edit_LinksToTheAuditTrail_ForAdministratorsOnly()
    {
        var forEditor = await (await portal.ClientAsync(Roles.Editor)).GetOkPageAsync("/edit");
        var forAdmin = await (await portal.ClientAsync(Roles.Admin)).GetOkPageAsync("/edit");

        Assert.Null(forEditor.QuerySelector("main a[href='/edit/audit']"));
        Assert.Equal("Audit trail", forAdmin.QuerySelector("main a[href='/edit/audit']").Text());
    }

    [Fact]
    public async Task Get_Edit_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit");
}
