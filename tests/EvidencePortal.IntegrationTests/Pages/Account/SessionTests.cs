using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Commands;
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
}
