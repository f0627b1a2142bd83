using System.Net;
using System.Text.Json;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// What anonymous visitors can reach: never a draft, a deleted record or an account, on any route (pages,
/// JSON, CSV, Atom, citations, search); never a page made for a signed-in editor or for another host name
/// out of the output cache; JSON with markup characters escaped.
/// </summary>
public sealed class PublicExposureTests : IAsyncLifetime
{
    private const string NewDraftMarker = "Zyxwvut";
    private const string PendingMarker = "Qwertyuiop";

    private readonly PortalFactory portal = new PortalFactory().With("Security:SignInAttemptsPerMinute", "1000");
    private EditorSession admin = null!;

    public async ValueTask InitializeAsync() => admin = await EditorSession.SignInAsync(portal, Roles.Admin);

    public async ValueTask DisposeAsync() => await portal.DisposeAsync();

    [Fact]
    public async Task DraftsDeletedRecordsAndAccounts_ReachNoAnonymousAnswer()
    {
        var studies = await UnlinkedStudy.ListAsync(portal);
        var (pending, deleted) = (studies[0], studies[1]);
        var newDraft = await admin.Client.GetOkPageAsync("/edit/studies/new");
        var created = await admin.Client.SubmitAsync(
            newDraft,
            "form[action*='handler=Save']",
            new()
            {
                ["Input.Title"] = $"{NewDraftMarker} never published",
                ["Input.Authors"] = $"{NewDraftMarker} A",
                ["Input.Year"] = "2020",
                ["Input.SourceUrls"] = "https://example.org/draft",
                ["Input.DesignCategory"] = "Qualitative",
                ["Input.Slug"] = "zyxwvut-draft",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var form = await admin.Client.GetOkPageAsync($"/edit/studies/{pending.Id}");
        var saved = await admin.Client.SubmitAsync(form, "form[action*='handler=Save']", new()
        {
            ["Input.Title"] = $"{PendingMarker} pending title", ["Input.Setting"] = $"{PendingMarker} pending setting",
            ["Input.Findings[0].Note"] = $"{PendingMarker} pending note",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var toDelete = await admin.Client.GetOkPageAsync($"/edit/delete/study/{deleted.Id}");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.Client.SubmitAsync(toDelete, "form.portal-confirm-delete", [])
            ).StatusCode
        );

        var anonymous = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var urls = (await RouteSamples.AllAsync(portal)).Where(r => r.AllowsGet).Select(r => r.Url).ToList();
        urls.AddRange([
            "/studies?size=100",
            "/studies?size=100&page=2",
            "/studies.csv",
            "/feed.atom",
            "/map",
            "/search?q=" + NewDraftMarker,
            "/search?q=" + PendingMarker,
            $"/search?q={Uri.EscapeDataString(deleted.Title)}",
            "/api/v1/studies?pageSize=100",
            "/api/v1/findings?pageSize=100",
            "/api/v1/findings?pageSize=100&page=2",
            "/api/v1/findings?pageSize=100&page=3",
            "/studies/zyxwvut-draft",
            "/studies/zyxwvut-draft.ris",
            "/api/v1/studies/zyxwvut-draft",
            $"/studies/{deleted.Slug}",
            $"/studies/{deleted.Slug}.bib",
            $"/api/v1/studies/{deleted.Slug}",
        ]);
        var leaks = new List<string>();
        foreach (var url in urls.Distinct())
        {
            var response = await anonymous.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var secret in new[] { NewDraftMarker, "zyxwvut-draft", PendingMarker, deleted.Slug, admin.Email })
            {
                // An address that names the secret is answered with it ("no published study called ..."): the visitor's
                // own words.
                if (
                    body.Contains(secret, StringComparison.OrdinalIgnoreCase)
                    && !url.Contains(secret, StringComparison.OrdinalIgnoreCase)
                )
                {
                    leaks.Add($"{url} ({(int)response.StatusCode}) shows '{secret}'");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/studies/{deleted.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/studies/zyxwvut-draft")).StatusCode);
    }

    [Fact]
    public async Task AnEditorsPage_IsNeverCached_NorServedToAnonymousVisitors()
    {
        var editorsView = await admin.Client.GetOkPageAsync("/topics/befriending");
        Assert.Contains("Edit this page", editorsView.Body!.TextContent);

        var anonymous = portal.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var body = await (await anonymous.GetAsync("/topics/befriending")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Edit this page", body);
            Assert.DoesNotContain(admin.Email, body);
        }
        // The other way round: a page the cache holds is not what an editor is given.
        var editorsAgain = await (await admin.Client.GetAsync("/topics/befriending")).Content.ReadAsStringAsync();
        Assert.Contains("Edit this page", editorsAgain);
    }

    [Fact]
    public async Task TheOutputCache_KeepsEachHostAndQueryApart_AndIgnoresForwardedHost()
    {
        var first = portal.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://first.example.nhs.uk") }
        );
        var second = portal.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://second.example.nhs.uk") }
        );
        foreach (
            var url in new[] { "/feed.atom", "/api/v1/studies", "/studies/harris-1999-befriending-chronic-depression" }
        )
        {
            Assert.Contains("first.example.nhs.uk", await first.GetStringAsync(url));
            var body = await second.GetStringAsync(url);
            Assert.Contains("second.example.nhs.uk", body);
            Assert.DoesNotContain("first.example.nhs.uk", body);
        }

        var forwarded = new HttpRequestMessage(HttpMethod.Get, "/feed.atom?fresh=1");
        forwarded.Headers.Add("X-Forwarded-Host", "attacker.example");
        Assert.DoesNotContain("attacker.example", await (await first.SendAsync(forwarded)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("attacker.example", await first.GetStringAsync("/feed.atom?fresh=1"));

        Assert.Contains("tracking=attacker", await first.GetStringAsync("/studies?tracking=attacker"));
        Assert.DoesNotContain("attacker", await first.GetStringAsync("/studies"));
    }

    [Fact]
    public async Task Api_WritesMarkupCharactersAsEscapes_SoEditorsTextStaysInert()
    {
        const string title = "Groups <script>alert(1)</script> & 'peers' \"together\" – Zoë";
        var study = (await UnlinkedStudy.ListAsync(portal))[2];
        var form = await admin.Client.GetOkPageAsync($"/edit/studies/{study.Id}");
        var (_, edit) = await admin.Client.FollowAsync(
            await admin.Client.SubmitAsync(form, "form[action*='handler=Save']", new() { ["Input.Title"] = title })
        );
        await admin.Client.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []);

        var body = await portal.CreateClient().GetStringAsync($"/api/v1/studies/{study.Slug}");

        Assert.DoesNotContain("<script", body);
        Assert.Contains("\\u003Cscript\\u003E", body);
        Assert.Contains("Zoë", body);
        Assert.Equal(title, JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
    }
}
