using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Errors;

[Collection(PortalCollection.Name)]
public class StatusPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_UnknownAddress_ShowsThePortalsOwnNotFoundPage()
    {
        var (response, page) = await client.GetPageAsync("/no/such/page");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
        Assert.NotNull(page.QuerySelector("main form[action='/search']"));
    }

    /// <summary>Nobody is sent to these: a scanner, or an address typed by hand. Not a 500 (and so no error in the
    /// log).</summary>
    [Theory]
    [InlineData("/error")]
    [InlineData("/error/999")]
    [InlineData("/error/200")]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/418")]
    [InlineData("/error/-1")]
    [InlineData("/error/abc")]
    [InlineData("/error/99999999999")]
    [InlineData("/error/404/extra")]
    public async Task Get_ErrorAddress_ForACodeNobodyIsSentTo_IsTheNotFoundPage(string url)
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
    }

    [Theory]
    [InlineData("/error/403", 403, "You do not have access to this page")]
    [InlineData("/error/404", 404, "Page not found")]
    public async Task Get_ErrorAddress_ForACodeThePortalSendsPeopleTo_ShowsThatPage(
        string url,
        int status,
        string heading
    )
    {
        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Post_ToAReadOnlyPage_IsRefusedWithAPage_NotAStackTrace()
    {
        var response = await client.PostAsync("/studies", new FormUrlEncodedContent([]));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 400 or 405, $"answered {(int)response.StatusCode}");
        Assert.DoesNotContain("   at ", body);
        Assert.Contains("nhsuk-header", body);
    }
}
