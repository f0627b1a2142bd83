using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Edit;

/// <summary>Editors in tests: an account made through Identity, signed in through the real sign-in form.</summary>
public static class EditorTestClient
{
    public const string Password = "correct horse battery staple";

    public static async Task<HttpClient> SignInAsync(PortalFactory portal, string? role = Roles.Editor, string? email = null)
    {
        email ??= $"editor-{Guid.NewGuid():N}@example.org";
        await CreateUserAsync(portal, email, role);
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetOkPageAsync("/account/login");
        var response = await client.SubmitAsync(login, "main form", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task CreateUserAsync(PortalFactory portal, string email, string? role)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            await users.AddToRoleAsync(user, role);
        }
    }

    /// <summary>Follows a redirect by hand (the client does not), returning the page it leads to.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> FollowAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await client.GetPageAsync(redirect.Headers.Location!.OriginalString);
    }
}
