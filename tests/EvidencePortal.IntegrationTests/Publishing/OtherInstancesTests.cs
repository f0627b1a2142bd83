using EvidencePortal.IntegrationTests.Data;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Publishing;

/// <summary>
/// Two instances on one PostgreSQL, each with its own output cache, as behind a load balancer: a publish through
/// one is what the other serves on its very next request, on every kind of cached page.
/// </summary>
public sealed class OtherInstancesTests
{
    private const string Slug = "sheridan-2015-supported-socialisation-rct";

    [Fact]
    public async Task A_publish_on_one_instance_is_served_by_the_other_on_its_next_request()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        using var first = Portal(database);
        using var second = Portal(database);
        var firstReader = first.CreateClient();
        var secondReader = second.CreateClient();
        string[] urls = [$"/studies/{Slug}", "/feed.atom", $"/api/v1/studies/{Slug}", $"/studies/{Slug}.ris"];
        foreach (var url in urls)
        {
            await secondReader.GetStringAsync(url);
        }

        int id;
        await using (var db = first.NewDbContext())
        {
            var study = await db.Studies.SingleAsync(s => s.Slug == Slug);
            id = study.Id;
            study.Setting = "Changed behind the caches' back";
            await db.SaveChangesAsync();
        }
        // Nothing was published, so each cached copy is still served: the second instance's cache is in use.
        foreach (var url in urls)
        {
            Assert.DoesNotContain("Changed behind the caches' back", await secondReader.GetStringAsync(url));
        }

        var editor = await EditorTestClient.SignInAsync(first);
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var (_, edit) = await editor.FollowAsync(
            await editor.SubmitAsync(
                form,
                "form[action*='handler=Save']",
                new() { ["Input.Title"] = "A title published through the first instance" }
            )
        );
        await editor.SubmitAsync(edit, ".portal-record-status form[action*='handler=Publish']", []);

        foreach (var url in urls)
        {
            Assert.Contains("A title published through the first instance", await secondReader.GetStringAsync(url));
        }
        Assert.Contains(
            "A title published through the first instance",
            await firstReader.GetStringAsync($"/studies/{Slug}")
        );
        Assert.Empty(first.ServerErrors.Concat(second.ServerErrors));
    }

    private static PortalFactory Portal(string database) =>
        new PortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);
}
