namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Every field that takes a password is a password field, on every page that asks for one, with the autocomplete
/// hint that lets a password manager fill or save it; the email field is an email field. The views say none of
/// this: the fields take it from the input records' annotations, so a new password field cannot forget it.
/// </summary>
public class PasswordFieldTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    [Fact]
    public async Task SignIn_HasAnEmailFieldAndAPasswordField()
    {
        var page = await portal.CreateClient().GetOkPageAsync("/account/login");

        AssertField(page, "Input.Email", "email", "username");
        AssertField(page, "Input.Password", "password", "current-password");
    }

    [Theory]
    [InlineData("/account/password", "Input.CurrentPassword", "current-password")]
    [InlineData("/account/password", "Input.NewPassword", "new-password")]
    [InlineData("/account/password", "Input.ConfirmPassword", "new-password")]
    public async Task EveryPageThatAsksForAPassword_UsesAPasswordField(string url, string name, string autocomplete)
    {
        var session = await EditorSession.SignInAsync(portal);

        var page = await session.Client.GetOkPageAsync(url);

        AssertField(page, name, "password", autocomplete);
        Assert.Equal("", page.QuerySelector($"input[name='{name}']")!.GetAttribute("value") ?? "");
    }

    private static void AssertField(
        AngleSharp.Html.Dom.IHtmlDocument page,
        string name,
        string type,
        string autocomplete
    )
    {
        var input = page.QuerySelector($"input[name='{name}']");
        Assert.NotNull(input);
        Assert.Equal(type, input.GetAttribute("type"));
        Assert.Equal(autocomplete, input.GetAttribute("autocomplete"));
        var label = page.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"{name} has no label");
    }
}
