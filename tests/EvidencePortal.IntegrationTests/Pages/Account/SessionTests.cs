using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Commands;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>A portal whose clock the test moves: session timeouts without sleeping.</summary>
public sealed class ClockedPortal : AccountPortal
{
    public ClockedPortal() => WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public ManualClock Clock { get; } = new();
}

public class SessionTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionAtOnce()
    {
        var session = await EditorSession.SignInAsync(portal);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);

        var exit = await CommandLine.RunAsync(portal.Services, ["users", "disable", session.Email],
            CommandConsole.Piped(TextReader.Null, TextWriter.Null, TextWriter.Null));
        var response = await session.Client.GetAsync("/edit");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }

    [Fact]
    public async Task Post_Logout_EndsEverySessionOfTheAccount()
    {
        var session = await EditorSession.SignInAsync(portal);
        var elsewhere = await session.SignInElsewhereAsync();
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/edit")).StatusCode);

        // The sign-out button in the layout's header, as a person would use it.
        var signOut = await session.Client.PostFormAsync("/edit", ".portal-account-status form");

        Assert.Equal("/", signOut.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/edit")).StatusCode);
        await using var db = portal.NewDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserName == session.Email && e.Action == AuditAction.SignOut));
    }

    [Fact]
    public async Task Post_Logout_WithoutTheAntiforgeryToken_DoesNotSignOut()
    {
        var session = await EditorSession.SignInAsync(portal);

        var response = await session.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/edit")).StatusCode);
    }
}

public class SessionTimeoutTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    [Fact]
    public async Task Session_EndsAfter30MinutesWithoutARequest_ButNotWhileInUse()
    {
        var session = await EditorSession.SignInAsync(portal);

        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        var after29 = await session.Client.GetAsync("/edit");
        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        var after58 = await session.Client.GetAsync("/edit");
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var after31Idle = await session.Client.GetAsync("/edit");

        Assert.Equal(HttpStatusCode.OK, after29.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after58.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after31Idle.StatusCode);
        Assert.StartsWith("/account/login", after31Idle.RedirectTarget());
    }

    [Fact]
    public async Task Session_EndsAfter12Hours_HoweverActive()
    {
        var session = await EditorSession.SignInAsync(portal);

        // A request every 25 minutes (never idle) up to 11 h 40 ...
        for (var minutes = 25; minutes < 12 * 60; minutes += 25)
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(25));
            var response = await session.Client.GetAsync("/edit");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"signed out after {minutes} minutes");
        }
        // ... and the next, at 12 h 05, is refused.
        portal.Clock.Advance(TimeSpan.FromMinutes(25));
        var past12Hours = await session.Client.GetAsync("/edit");

        Assert.Equal(HttpStatusCode.Redirect, past12Hours.StatusCode);
        Assert.StartsWith("/account/login", past12Hours.RedirectTarget());
    }

    /// <summary>The signed-out warning (session.js) asks how long is left; asking must not itself keep the session going.</summary>
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

    /// <summary>"Stay signed in" renews the session, but only with the antiforgery token of the warning's form.</summary>
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

    /// <summary>Near the 12-hour limit, staying signed in cannot go past it: the answer says what is really left.</summary>
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
