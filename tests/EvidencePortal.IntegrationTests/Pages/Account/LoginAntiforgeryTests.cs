using System.Net;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>Sign-in takes a post only with the antiforgery token the portal gave this browser.</summary>
public class LoginAntiforgeryTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private static (string, string?) Email(string value) => ("Input.Email", value);
    private static (string, string?) Password(string value) => ("Input.Password", value);

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8forgedtokenthatthesitenevergaveCfDJ8forgedtoken")]
    public async Task Post_Login_Answers400_WithoutOrWithAForgedAntiforgeryToken(string? token)
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var response = await EditorSession.NewClient(portal).PostFormAsync("/account/login", "main form",
            ("__RequestVerificationToken", token), Email(email), Password(EditorSession.DefaultPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nhsuk-header", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Login_Answers400_WithAnotherBrowsersAntiforgeryToken()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        var (_, othersPage) = await EditorSession.NewClient(portal).LoadAsync("/account/login");
        var othersToken = othersPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var client = EditorSession.NewClient(portal);
        var (_, page) = await client.LoadAsync("/account/login");

        var response = await client.PostFormAsync(page, "main form", ("__RequestVerificationToken", othersToken),
            Email(email), Password(EditorSession.DefaultPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string NewEmail() => $"editor-{Guid.NewGuid():N}@example.org";
}
