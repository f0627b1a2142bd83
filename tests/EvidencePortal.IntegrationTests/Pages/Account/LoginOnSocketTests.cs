using System.Net;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>Kestrel, unlike the in-memory test server, refuses a Location header that is not ASCII: that was a
/// 500.</summary>
public sealed class LoginOnSocketTests(SocketPortal portal) : IClassFixture<SocketPortal>
{
    [Theory]
    [InlineData("/edit/studies?q=Müller", "/edit/studies?q=M%C3%BCller")]
    [InlineData("/edit/\u00e9\u2028\u3000", "/edit/%C3%A9%E2%80%A8%E3%80%80")]
    public async Task Post_Login_RedirectsToANonAsciiReturnAddress_OverARealSocket(string returnUrl, string expected)
    {
        var email = $"socket-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var response = await portal
            .NewBrowser()
            .PostFormAsync(
                "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl),
                "main form",
                ("Input.Email", email),
                ("Input.Password", EditorSession.DefaultPassword)
            );

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("\n", portal.ServerErrors));
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
