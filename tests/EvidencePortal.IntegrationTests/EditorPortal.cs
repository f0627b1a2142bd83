using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests;

/// <summary>
/// Editors' page tests that only look share one portal (one import of content/) and one signed-in client per
/// role, since signing in is slow by design. Tests in this collection change no record.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EditorPortalCollection : ICollectionFixture<EditorPortal>
{
    public const string Name = "Shared portal for editors' pages";
}

public sealed class EditorPortal : PortalFactory
{
    private readonly Dictionary<string, Task<HttpClient>> clients = [];

    public EditorPortal() => With("Security:SignInAttemptsPerMinute", "1000");

    /// <summary>A client signed in with the role, the same one for every test; it does not follow redirects.</summary>
    public Task<HttpClient> ClientAsync(string role = Roles.Editor)
    {
        lock (clients)
        {
            if (!clients.TryGetValue(role, out var client))
            {
                clients[role] = client = SignInAsync(role);
            }
            return client;
        }
    }

    private async Task<HttpClient> SignInAsync(string role) => (await EditorSession.SignInAsync(this, role)).Client;

    /// <summary>Someone not signed in who asks for the page is sent to sign in, and back to the page
    /// afterwards.</summary>
    public async Task AssertSendsAnonymousVisitorsToSignInAsync(string url)
    {
        var response = await EditorSession.NewClient(this).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(url), response.RedirectTarget());
    }

    /// <summary>A record as editors open it (/edit/studies/{id}): the live row the query finds first, with its
    /// id.</summary>
    public async Task<T> LiveRecordAsync<T>(Func<PortalDbContext, IQueryable<T>> records) where T : PublishableRecord
    {
        await using var db = NewDbContext();
        return await records(db).AsNoTracking().Where(r => r.DraftOfId == null).OrderBy(r => r.Id).FirstAsync();
    }
}
