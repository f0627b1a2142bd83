using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Edit;

/// <summary>Editors in the editing tests: a signed-in client from <see cref="EditorSession"/>.</summary>
public static class EditorTestClient
{
    public static async Task<HttpClient> SignInAsync(
        PortalFactory portal,
        string? role = Roles.Editor,
        string? email = null
    ) => (await EditorSession.SignInAsync(portal, role, email: email)).Client;

    /// <summary>Follows a redirect by hand (the client does not), returning the page it leads to.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> FollowAsync(
        this HttpClient client,
        HttpResponseMessage redirect
    )
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await client.GetPageAsync(redirect.Headers.Location!.OriginalString);
    }
}
