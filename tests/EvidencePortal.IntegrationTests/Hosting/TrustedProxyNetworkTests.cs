using System.Net;
using EvidencePortal.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// Security:TrustedProxies takes networks as well as addresses, since a load balancer's address is often one of a
/// range; a value that is neither stops start-up with a message naming the setting.
/// </summary>
public sealed class TrustedProxyNetworkTests
{
    [Theory]
    [InlineData("10.20.30.40", true)]
    [InlineData("10.255.255.254", true)]
    [InlineData("2001:db8:5::7", true)]
    [InlineData("198.51.100.20", true)]
    [InlineData("11.0.0.1", false)]
    [InlineData("198.51.100.21", false)]
    public async Task ForwardedHttps_IsBelievedFromAnAddressInATrustedNetwork(string remote, bool trusted)
    {
        using var portal = new PortalFactory()
            .With("Content:ImportOnEmptyStore", "false")
            .With("Security:TrustedProxies:0", "10.0.0.0/8")
            .With("Security:TrustedProxies:1", "2001:db8::/32")
            .With("Security:TrustedProxies:2", "198.51.100.20")
            .WithServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFromHeader()));
        var client = portal.CreateClient(new() { BaseAddress = new Uri("http://portal.example.nhs.uk") });
        client.DefaultRequestHeaders.Add(RemoteAddressFromHeader.Header, remote);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(trusted, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("proxy.example.org")]
    public void AValueThatIsNeitherAnAddressNorANetwork_StopsStartUpWithAMessageNamingIt(string value)
    {
        using var portal = new PortalFactory()
            .With("Content:ImportOnEmptyStore", "false")
            .With("Security:TrustedProxies:0", value);

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Security:TrustedProxies", error.Message);
        Assert.Contains(value, error.Message);
    }
}
