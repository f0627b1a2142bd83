using System.Net;
using EvidencePortal.IntegrationTests.Pages.Edit;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Editing;

/// <summary>
/// Two editors open the same record and save at the same moment, again and again. Every round,
/// exactly one save must land and the other must be refused with 409: no silent overwrite, ever.
/// </summary>
public class ConcurrencyRaceTests : IDisposable
{
    private const int Rounds = 25;
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Post_Save_ByTwoEditorsAtOnce_NeverSilentlyOverwrites()
    {
        var alice = await EditorTestClient.SignInAsync(portal);
        var bob = await EditorTestClient.SignInAsync(portal);
        int id;
        await using (var db = portal.NewDbContext())
        {
            id = await db
                .Studies.Where(s => s.Slug == "terzian-2013-social-network-intervention-schizophrenia")
                .Select(s => s.Id)
                .SingleAsync();
        }
        var silentOverwrites = 0;
        var refusals = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var aliceForm = await alice.GetOkPageAsync($"/edit/studies/{id}");
            var bobForm = await bob.GetOkPageAsync($"/edit/studies/{id}");
            var aliceValue = $"alice {round}";
            var bobValue = $"bob {round}";

            var responses = await Task.WhenAll(
                alice.SubmitAsync(aliceForm, "form[action*='handler=Save']", new() { ["Input.Setting"] = aliceValue }),
                bob.SubmitAsync(bobForm, "form[action*='handler=Save']", new() { ["Input.Setting"] = bobValue }));

            var saved = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
            var refused = responses.Count(r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.True(
                saved == 1 && refused == 1,
                $"round {round}: {responses[0].StatusCode} and {responses[1].StatusCode}"
            );
            refusals += refused;

            await using var db = portal.NewDbContext();
            var draft = await db.Studies.AsNoTracking().SingleAsync(s => s.DraftOfId == id);
            var winner = responses[0].StatusCode == HttpStatusCode.Redirect ? aliceValue : bobValue;
            if (draft.Setting != winner)
            {
                silentOverwrites++;
            }
        }

        Assert.Equal(0, silentOverwrites);
        Assert.Equal(Rounds, refusals);
        await using var check = portal.NewDbContext();
        Assert.Equal(
            Rounds,
            await check.AuditEvents.CountAsync(e => e.Action == EvidencePortal.Web.Domain.AuditAction.Conflict)
        );
    }
}
