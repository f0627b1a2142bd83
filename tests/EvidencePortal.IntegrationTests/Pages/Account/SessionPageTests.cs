using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// /account/session, which the signed-out warning (session.js) calls: GET says how long the session has left,
/// POST ("Stay signed in") renews it. The clock is the test's, so no test sleeps.
/// </summary>
public class SessionPageTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    /// <summary>The signed-out warning (session.js) asks how long is left; asking must not itself keep the session
    /// going.</summary>
    [Fact]
    public async Task SessionProbe_SaysHowLongIsLeft_WithoutRenewing_WhilePagesRenew()
    {
        var session = await EditorSession.SignInAsync(portal);
        await session.Client.GetAsync("/edit");
        Assert.InRange(await SecondsLeftAsync(session.Client), 1795, 1800);

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.InRange(await SecondsLeftAsync(session.Client), 1195, 1200);
        portal.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.InRange(await SecondsLeftAsync(session.Client), 55, 60);

        await session.Client.GetAsync("/edit");
        Assert.InRange(await SecondsLeftAsync(session.Client), 1795, 1800);
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(0, await SecondsLeftAsync(session.Client));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task SessionProbe_ForSomeoneSignedOut_SaysNothingIsLeft_AndIsNeverCached()
    {
        var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/account/session");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"secondsLeft\":0}", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    /// <summary>"Stay signed in" renews the session, but only with the antiforgery token of the warning's
    /// form.</summary>
    [Fact]
    public async Task StaySignedIn_RenewsTheSession_OnlyWithTheAntiforgeryToken()
    {
        var session = await EditorSession.SignInAsync(portal);
        portal.Clock.Advance(TimeSpan.FromMinutes(28));

        var forged = await session.Client.PostAsync("/account/session", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var stay = await session.Client.PostFormAsync("/edit", "#session-dialog form");
        Assert.Equal(HttpStatusCode.OK, stay.StatusCode);
        Assert.Equal("{\"secondsLeft\":1800}", await stay.Content.ReadAsStringAsync());
        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
    }

    /// <summary>Near the 12-hour limit, staying signed in cannot go past it: the answer says what is really
    /// left.</summary>
    [Fact]
    public async Task StaySignedIn_NearTheAbsoluteLimit_CannotExtendPastIt()
    {
        var session = await EditorSession.SignInAsync(portal);
        // Never idle: a page every 14 minutes up to 11 h 54, then one at 11 h 58, two minutes before the limit.
        for (var i = 0; i < 51; i++)
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(14));
            await session.Client.GetAsync("/edit");
        }
        portal.Clock.Advance(TimeSpan.FromMinutes(4));
        await session.Client.GetAsync("/edit");
        var left = await SecondsLeftAsync(session.Client);

        Assert.InRange(left, 1, 120);
        var stay = await session.Client.PostFormAsync("/edit", "#session-dialog form");
        Assert.Contains($"\"secondsLeft\":{left}", await stay.Content.ReadAsStringAsync());
    }

    private static async Task<int> SecondsLeftAsync(HttpClient client)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/account/session"));
        return json.RootElement.GetProperty("secondsLeft").GetInt32();
    }
}
