using System.Net;
using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Errors;

/// <summary>An unexpected failure answers with the portal's own 500 page: no exception text, type, stack or path
/// reaches the browser.</summary>
public sealed class ErrorDisclosureTests : IDisposable
{
    private const string Secret = "connection to db-prod-07 refused for user portal_rw";

    private readonly AccountPortal portal = new();

    public ErrorDisclosureTests() =>
        portal.WithServices(services => services.AddScoped<IPasswordHasher<PortalUser>, ExplodingHasher>());

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task AnUnhandledException_ShowsTheServiceErrorPage_WithoutItsDetails()
    {
        var client = EditorSession.NewClient(portal);

        var response = await client.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", "someone@example.org"),
            ("Input.Password", "any password at all")
        );
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", body);
        foreach (
            var leak in new[]
            {
                Secret,
                nameof(InvalidOperationException),
                nameof(ExplodingHasher),
                "   at ",
                ".cs:line",
                "/work/",
                "Microsoft.AspNetCore",
            }
        )
        {
            Assert.DoesNotContain(leak, body);
        }
        Assert.Contains(portal.ServerErrors, e => e.Message == Secret);
    }

    private sealed class ExplodingHasher : IPasswordHasher<PortalUser>
    {
        public string HashPassword(PortalUser user, string password) => throw new InvalidOperationException(Secret);

        public PasswordVerificationResult VerifyHashedPassword(
            PortalUser user,
            string hashedPassword,
            string providedPassword
        ) => throw new InvalidOperationException(Secret);
    }
}
