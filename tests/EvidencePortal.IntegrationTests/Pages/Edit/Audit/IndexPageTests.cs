using System.Net;
using EvidencePortal.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Audit;

/// <summary>/edit/audit: the audit trail, for administrators, filtered by action, record, user and dates.</summary>
[Collection(EditorPortalCollection.Name)]
public class IndexPageTests(EditorPortal portal)
{
    [Fact]
    public async Task Get_Audit_ListsEveryEvent_WithTheFiltersToNarrowIt()
    {
        var admin = await portal.ClientAsync(Roles.Admin);

        var page = await admin.GetOkPageAsync("/edit/audit");

        Assert.Equal("Audit trail", page.QuerySelector("main h1").Text());
        Assert.Equal(
            ["action", "entityType", "user", "from", "to"],
            page.QuerySelectorAll("main form[method=get] input[name], main form[method=get] select[name]")
                .Select(f => f.GetAttribute("name"))
        );
        await using var db = portal.NewDbContext();
        var events = await db.AuditEvents.CountAsync();
        Assert.StartsWith($"{events} events", page.QuerySelector("table.portal-audit-table caption").Text());
        Assert.Contains(page.QuerySelectorAll(".portal-audit-table tbody tr td:nth-child(2)"), td =>
            td.Text() == "SignIn"
        );
    }

    [Fact]
    public async Task Get_Audit_RejectsBadFilters_WithMessages()
    {
        var admin = await portal.ClientAsync(Roles.Admin);

        var (response, page) = await admin.GetPageAsync("/edit/audit?action=Hacked&from=yesterday&page=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()).ToList();
        Assert.Contains("Choose an action from the list", messages);
        Assert.Contains(messages, m => m.StartsWith("Enter the 'from' date", StringComparison.Ordinal));
        Assert.Equal("yesterday", page.Value("from"));
    }

    [Fact]
    public async Task Get_Audit_SendsAnonymousVisitorsToSignIn() =>
        await portal.AssertSendsAnonymousVisitorsToSignInAsync("/edit/audit");
}
