using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>Steps the two-factor tests share: recovery codes made behind the page's back, a sign-in with one, and a
/// code the app does not show.</summary>
public static class TwoFactorSteps
{
    public static async Task<string[]> NewRecoveryCodesAsync(this PortalFactory portal, string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
    }

    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInWithRecoveryCodeAsync(
        this PortalFactory portal,
        string email,
        string code
    )
    {
        var client = EditorSession.NewClient(portal);
        await client.PostFormAsync(
            "/account/login",
            "main form",
            ("Input.Email", email),
            ("Input.Password", EditorSession.DefaultPassword)
        );
        return (client, await client.PostFormAsync("/account/login/recovery-code", "main form", ("Input.Code", code)));
    }

    /// <summary>A code the app does not show now, nor up to a minute either side (the portal accepts those
    /// too).</summary>
    public static string WrongCode(string key)
    {
        var near = new[] { -60, -30, 0, 30, 60, 90 }
            .Select(s => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(s)))
            .ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !near.Contains(c));
    }
}
