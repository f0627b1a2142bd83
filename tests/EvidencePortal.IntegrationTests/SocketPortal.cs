using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests;

/// <summary>
/// The portal on a real Kestrel socket on loopback, for what only a real server shows: parallel requests on
/// kept-alive connections, forwarded client addresses, request size limits. Each client has its own cookies.
/// </summary>
public class SocketPortal : PortalFactory
{
    public SocketPortal()
    {
        With("Content:ImportOnEmptyStore", "false");
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's address; the portal starts on first use (settings go in before that).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(
                Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            );
        }
    }

    /// <summary>
    /// A browser of its own (cookies, connections). With <paramref name="clientAddress"/>, every request comes as the
    /// TLS-ending reverse proxy on this machine (trusted: loopback) forwards it: for that address, over HTTPS.
    /// </summary>
    public HttpClient NewBrowser(string? clientAddress = null)
    {
        var sockets = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        var client = new HttpClient(new CookieJar { InnerHandler = sockets })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (clientAddress is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        return client;
    }

    /// <summary>
    /// The browser's side of the proxy's TLS: keeps the cookies the portal sets, Secure ones included, and sends them
    /// back (CookieContainer would hold Secure cookies back from an http address).
    /// </summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            lock (cookies)
            {
                if (cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                lock (cookies)
                {
                    foreach (var setCookie in setCookies)
                    {
                        var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                        var expired = setCookie.Contains(
                            "expires=Thu, 01 Jan 1970",
                            StringComparison.OrdinalIgnoreCase
                        );
                        if (expired || pair[1].Length == 0)
                        {
                            cookies.Remove(pair[0]);
                        }
                        else
                        {
                            cookies[pair[0]] = pair[1];
                        }
                    }
                }
            }
            return response;
        }
    }

    /// <summary>
    /// Posts every client's form of its loaded page at the same instant (all prepared first, then sent together on
    /// the clients' kept-alive connections) and returns the answers with their bodies, in the clients' order.
    /// </summary>
    public static async Task<IReadOnlyList<(HttpStatusCode Status, string Body)>> PostTogetherAsync(
        IReadOnlyList<(HttpClient Client, IHtmlDocument Page)> forms,
        string formSelector,
        Func<int, (string Name, string? Value)[]> values
    )
    {
        var posts = forms
            .Select((form, i) => (form.Client, Post: Forms.FormPost(form.Page, formSelector, values(i))))
            .ToList();
        var answers = await Task.WhenAll(
            posts.Select(async p =>
            {
                using var response = await p.Client.PostAsync(p.Post.Action, p.Post.Content);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            })
        );
        return answers;
    }
}
