using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>After signing in, the portal goes back only to an address on itself, however the return address is
/// written; over a real socket in <see cref="LoginOnSocketTests"/>.</summary>
public class LoginReturnAddressTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private static (string, string?) Email(string value) => ("Input.Email", value);
    private static (string, string?) Password(string value) => ("Input.Password", value);

    [Theory]
    [InlineData("/edit?page=2", "/edit?page=2")]
    [InlineData("https://evil.example/edit", "/edit")]
    [InlineData("//evil.example/edit", "/edit")]
    [InlineData("/\\evil.example/edit", "/edit")]
    [InlineData("javascript:alert(1)", "/edit")]
    [InlineData("/edit/studies?q=Müller", "/edit/studies?q=M%C3%BCller")]
    [InlineData("/edit/é/ü", "/edit/%C3%A9/%C3%BC")]
    [InlineData("/edit/\u2028", "/edit/%E2%80%A8")]
    [InlineData("/edit/../\\evil.example/x", "/edit")]
    [InlineData("/edit/..\\..\\/evil.example", "/edit")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")]
    [InlineData("/\u3000/evil.example", "/%E3%80%80/evil.example")]
    [InlineData("/edit#\u00e9", "/edit#%C3%A9")]
    public async Task Post_Login_ReturnsOnlyToAddressesOnThePortal(string returnUrl, string expected)
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var response = await EditorSession
            .NewClient(portal)
            .PostFormAsync(
                "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl),
                "main form",
                Email(email),
                Password(EditorSession.DefaultPassword)
            );

        Assert.Equal(expected, response.RedirectTarget());
    }

    private static string NewEmail() => $"editor-{Guid.NewGuid():N}@example.org";
}
