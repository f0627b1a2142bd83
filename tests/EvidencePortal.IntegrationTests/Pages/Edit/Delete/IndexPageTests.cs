using System.Net;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Delete;

/// <summary>Deleting asks first, on a page of its own; only its "Yes" deletes, and only the version it
/// showed.</summary>
public sealed class IndexPageTests : IDisposable
{
    private const string Slug = "pernice-2021-clubhouse-connection";
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<int> StudyIdAsync()
    {
        await using var db = portal.NewDbContext();
        return await db.Studies.Where(s => s.Slug == Slug && s.DraftOfId == null).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task Delete_on_the_edit_page_opens_a_confirmation_and_only_its_yes_deletes()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var reader = portal.CreateClient();
        var id = await StudyIdAsync();
        var edit = await editor.GetOkPageAsync($"/edit/studies/{id}");
        Assert.Empty(edit.QuerySelectorAll("form[action*='handler=Delete']"));
        var link = edit.QuerySelector(".portal-record-status a[href^='/edit/delete/']")!;
        Assert.Equal($"/edit/delete/study/{id}", link.GetAttribute("href"));

        var confirm = await editor.GetOkPageAsync(link.GetAttribute("href")!);
        Assert.Equal(edit.QuerySelector("main h1")!.Text(), confirm.QuerySelector("main h1")!.Text());
        Assert.Equal($"/edit/studies/{id}", confirm.QuerySelector("a.nhsuk-button--secondary")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/studies/{Slug}")).StatusCode);

        var (_, after) = await editor.FollowAsync(
            await editor.SubmitAsync(confirm, "form.portal-confirm-delete", [])
        );
        Assert.Contains("Deleted", after.QuerySelector(".portal-record-status")!.Text());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/studies/{Slug}")).StatusCode);
    }

    [Fact]
    public async Task A_confirmation_left_open_while_a_colleague_saves_deletes_nothing()
    {
        var (alice, bob) = (await EditorTestClient.SignInAsync(portal), await EditorTestClient.SignInAsync(portal));
        var id = await StudyIdAsync();
        var confirm = await alice.GetOkPageAsync($"/edit/delete/study/{id}");
        var form = await bob.GetOkPageAsync($"/edit/studies/{id}");
        var saved = await bob.SubmitAsync(
            form,
            "form[action*='handler=Save']",
            new() { ["Input.Setting"] = "Bob's setting" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await alice.SubmitAsync(confirm, "form.portal-confirm-delete", []);

        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/studies/{Slug}")).StatusCode);
    }

    [Theory]
    [InlineData("/edit/delete/study/999999")]
    [InlineData("/edit/delete/wombat/1")]
    public async Task An_unknown_record_is_a_not_found_page(string url)
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        var response = await editor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not found", (await Html.ParseAsync(response)).MainText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await portal.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/edit/delete/study/1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
    }
}
