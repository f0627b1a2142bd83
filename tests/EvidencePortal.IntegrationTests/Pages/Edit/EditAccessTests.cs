using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit;

/// <summary>Who may reach the editing pages, and what every state-changing form demands.</summary>
public class EditAccessTests(EditAccessTests.Fixture fixture) : IClassFixture<EditAccessTests.Fixture>
{
    private readonly PortalFactory portal = fixture;

    /// <summary>One portal and one signed-in client per role for the whole class: sign-in hashing is deliberately
    /// slow.</summary>
    public sealed class Fixture : PortalFactory
    {
        private readonly Dictionary<string, Task<HttpClient>> clients = [];

        public Task<HttpClient> ClientAsync(string? role)
        {
            lock (clients)
            {
                var key = role ?? "(none)";
                if (!clients.TryGetValue(key, out var client))
                {
                    client = EditorTestClient.SignInAsync(this, role);
                    clients[key] = client;
                }
                return client;
            }
        }
    }

    public static TheoryData<string> EditorPages =>
        [
            "/edit",
            "/edit/studies",
            "/edit/studies/new",
            "/edit/studies/1",
            "/edit/studies/1/preview",
            "/edit/topics",
            "/edit/topics/1",
            "/edit/reviews/1",
            "/edit/interventions/1",
            "/edit/outcomes/1",
            "/edit/history/study/1",
        ];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Get_EditorPage_SendsAnonymousVisitorsToSignIn(string url)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Get_EditorPage_Answers403_ToAccountsWithoutTheRole(string url)
    {
        var client = await fixture.ClientAsync(null);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Get_EditorPage_WithoutTheRole_IsRecordedInTheAuditTrail()
    {
        var client = await fixture.ClientAsync(null);
        await client.GetAsync("/edit/outcomes");

        await using var db = portal.NewDbContext();
        Assert.Contains(
            await db
                .AuditEvents.Where(e => e.Action == EvidencePortal.Web.Domain.AuditAction.Refused)
                .Select(e => e.Summary)
                .ToListAsync(),
            summary => summary.Contains("GET /edit/outcomes", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Get_Audit_IsForAdminsOnly()
    {
        var editor = await fixture.ClientAsync(Roles.Editor);
        var admin = await fixture.ClientAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/edit/audit")).StatusCode);
        var (response, page) = await admin.GetPageAsync("/edit/audit");
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            page.QuerySelector(".nhsuk-error-summary")?.TextContent ?? page.MainText()
        );
    }

    [Theory]
    [InlineData("/edit/studies/1?handler=Save")]
    [InlineData("/edit/studies/1?handler=Publish")]
    [InlineData("/edit/studies/1?handler=Delete")]
    [InlineData("/edit/topics/1?handler=Save")]
    [InlineData("/edit/history/study/1?handler=Restore")]
    public async Task Post_WithoutAnAntiforgeryToken_IsRefused(string url)
    {
        var editor = await fixture.ClientAsync(Roles.Editor);

        var missing = await editor.PostAsync(
            url,
            new FormUrlEncodedContent([new("Input.Title", "x"), new("version", "1.1")])
        );
        var forged = await editor.PostAsync(
            url,
            new FormUrlEncodedContent([
                new("Input.Title", "x"),
                new("version", "1.1"),
                new("__RequestVerificationToken", "CfDJ8forged"),
            ])
        );

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task PublicPages_ShowEditorsAnEditLink_AndNobodyElse()
    {
        var editor = await fixture.ClientAsync(Roles.Editor);

        var forEditor = await editor.GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");
        var forPublic = await portal
            .CreateClient()
            .GetOkPageAsync("/studies/harris-1999-befriending-chronic-depression");

        Assert.StartsWith("/edit/studies/", forEditor.QuerySelector(".portal-edit-link a")?.GetAttribute("href"));
        Assert.Null(forPublic.QuerySelector(".portal-edit-link"));
        // The footer offers a signed-in editor their workspace, not a second sign-in.
        Assert.NotNull(forEditor.QuerySelector("footer a[href='/edit']"));
        Assert.Null(forEditor.QuerySelector("footer a[href='/account/login']"));
        Assert.NotNull(forPublic.QuerySelector("footer a[href='/account/login']"));
    }
}
