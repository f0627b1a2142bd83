using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// With Site:PublicUrl set, every absolute link the portal writes uses it, whatever Host header a request carries: a
/// forged one must never put another site's address into a printed page, a citation, a feed or an export.
/// </summary>
public sealed class PublicAddressTests : IDisposable
{
    private const string Public = "https://evidence.example.nhs.uk";
    private const string Forged = "attacker.example";

    private readonly PortalFactory portal = new PortalFactory().With("Site:PublicUrl", Public + "/");

    public void Dispose() => portal.Dispose();

    [Theory]
    [InlineData("/feed.atom", Public + "/studies/")]
    [InlineData("/studies.csv", Public + "/studies/")]
    [InlineData(
        "/studies/harris-1999-befriending-chronic-depression",
        "Printed from " + Public + "/studies/harris-1999-befriending-chronic-depression"
    )]
    [InlineData(
        "/studies/harris-1999-befriending-chronic-depression",
        Public + "/studies/harris-1999-befriending-chronic-depression"
    )]
    [InlineData(
        "/studies/harris-1999-befriending-chronic-depression.ris",
        "UR  - " + Public + "/studies/harris-1999-befriending-chronic-depression"
    )]
    [InlineData(
        "/studies/harris-1999-befriending-chronic-depression.bib",
        Public + "/studies/harris-1999-befriending-chronic-depression"
    )]
    [InlineData("/reviews/social-networks/print", "Online: " + Public + "/topics/")]
    [InlineData("/api/v1/studies", Public + "/studies/")]
    public async Task Get_WritesAbsoluteLinksWithThePublicAddress_NeverTheRequestsHost(string url, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = Forged;

        var response = await portal.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        Assert.Contains(expected, body);
        Assert.DoesNotContain(Forged, body);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://evidence.example.nhs.uk")]
    [InlineData("https://evidence.example.nhs.uk/?x=1")]
    public void Start_RefusesAPublicAddressThatIsNotOne(string value)
    {
        using var broken = new PortalFactory().With("Site:PublicUrl", value);

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("Site:PublicUrl", error.ToString());
    }
}
