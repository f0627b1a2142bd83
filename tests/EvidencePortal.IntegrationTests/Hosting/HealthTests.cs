using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>The health checks load balancers and service managers call (HealthSetup).</summary>
[Collection(PortalCollection.Name)]
public class HealthTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Theory]
    [InlineData("GET", "/health")]
    [InlineData("HEAD", "/health")]
    [InlineData("GET", "/health/live")]
    [InlineData("HEAD", "/health/live")]
    public async Task Health_AnswersReadinessAndLiveness_ToGetAndHead(string method, string url)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(200, (int)response.StatusCode);
        // A HEAD answer's body is dropped by Kestrel; the in-memory test server passes it on, so only GET's is checked.
        if (method == "GET")
        {
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal("no-store, no-cache", response.Headers.CacheControl?.ToString());
    }
}
