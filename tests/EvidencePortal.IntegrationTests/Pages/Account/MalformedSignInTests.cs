using System.Net;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// What a scanner or a confused browser might post to the sign-in pages. Each gets the page back with a
/// message (or a 400 page), never a 500: the stock Identity page answered 500 for a non-boolean RememberMe.
/// </summary>
public class MalformedSignInTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private static readonly string Megabyte = new('a', 1024 * 1024);

    private static readonly Dictionary<string, (string Name, string? Value)[]> Cases = new()
    {
        ["nothing filled in"] = [("Input.Email", null), ("Input.Password", null)],
        ["empty values"] = [("Input.Email", ""), ("Input.Password", "")],
        ["spaces only"] = [("Input.Email", "   "), ("Input.Password", "   ")],
        ["not a boolean for RememberMe"] =
        [
            ("Input.RememberMe", "yes please"),
            ("Input.Password", "wrong password here"),
        ],
        ["not a boolean for RememberMachine"] =
        [
            ("Input.RememberMachine", "{}"),
            ("RememberMe", "2"),
            ("Input.Password", "wrong password here"),
        ],
        ["a 1 MB email address"] =
        [
            ("Input.Email", Megabyte + "@example.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["a 1 MB password"] = [("Input.Password", Megabyte)],
        ["a 1 MB return address"] = [("ReturnUrl", "/" + Megabyte), ("Input.Password", "wrong password here")],
        ["control characters in the email"] =
        [
            ("Input.Email", "jo\u0007\u001b[31m@example.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["a direction override in the email"] =
        [
            ("Input.Email", "jo\u202Egro.elpmaxe@bloggs.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["a zero-width space in the email"] =
        [
            ("Input.Email", "jo\u200Bbloggs@example.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["emoji and accents"] = [("Input.Email", "zoë😀@exämple.org"), ("Input.Password", "pässwörd 😀 not right")],
        ["control characters in the password"] = [("Input.Password", "wrong\u0001pass\u0007word\r\n")],
        ["the email given twice"] =
        [
            ("Input.Email", "a@example.org"),
            ("Input.Email", "b@example.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["the email as an array"] =
        [
            ("Input.Email", null),
            ("Input.Email[0]", "a@example.org"),
            ("Input.Email[1]", "b@example.org"),
            ("Input.Password", "wrong password here"),
        ],
        ["the input as a scalar"] = [("Input", "hello"), ("Input.Email", null), ("Input.Password", null)],
        ["the password as an object"] =
        [
            ("Input.Password", null),
            ("Input.Password.Length", "3"),
            ("Input.Password[key]", "x"),
        ],
        ["a return address with a newline"] =
        [
            ("ReturnUrl", "/edit\r\nSet-Cookie: x=y"),
            ("Input.Password", "wrong password here"),
        ],
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Post_Login_ShowsAMessage_NotAnError(string name)
    {
        var client = EditorSession.NewClient(portal);
        var (_, page) = await client.LoadAsync("/account/login");

        var response = await client.PostFormAsync(
            page,
            "main form",
            [("Input.Email", "someone@example.org"), .. Cases[name]]
        );
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nhsuk-error-summary", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Theory]
    [InlineData("/account/login/code")]
    [InlineData("/account/login/recovery-code")]
    public async Task Post_SecondStep_WithoutAFirstStep_GoesBackToSignIn(string url)
    {
        var client = EditorSession.NewClient(portal);
        var (_, login) = await client.LoadAsync("/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Code", new string('9', 1024 * 1024))]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectTarget());
    }

    /// <summary>ASP.NET Core cannot read these forms at all (a NUL in a value; a value over its 4 MB limit).</summary>
    [Theory]
    [InlineData("a NUL in the email")]
    [InlineData("a NUL in the password")]
    [InlineData("a 5 MB value")]
    public async Task Post_Login_WithAFormThatCannotBeRead_Answers400WithThePortalsPage(string name)
    {
        var client = EditorSession.NewClient(portal);
        var (_, page) = await client.LoadAsync("/account/login");
        var value = name switch
        {
            "a NUL in the email" => ("Input.Email", "jo\0bloggs@example.org"),
            "a NUL in the password" => ("Input.Password", "wrong\0password here"),
            _ => ("Input.Email", new string('a', 5 * 1024 * 1024)),
        };

        var response = await client.PostFormAsync(page, "main form", value);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nhsuk-header", await response.Content.ReadAsStringAsync());
    }
}
