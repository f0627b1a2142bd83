using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Errors;

[Collection(PortalCollection.Name)]
public class ErrorPageTests(PortalFactory portal)
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

    [Fact]
    public async Task Post_ToAReadOnlyPage_IsRefusedWithAPage_NotAStackTrace()
    {
        var response = await client.PostAsync("/studies", new FormUrlEncodedContent([]));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 400 or 405, $"answered {(int)response.StatusCode}");
        Assert.DoesNotContain("   at ", body);
        Assert.Contains("nhsuk-header", body);
    }

    [Fact]
    public async Task Get_Health_Answers200WhenTheStoreAnswers()
    {
        var response = await client.GetAsync("/health");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
