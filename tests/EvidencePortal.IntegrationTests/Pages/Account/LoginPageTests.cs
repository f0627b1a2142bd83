using System.Buffers.Binary;
using System.Net;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvidencePortal.IntegrationTests.Pages.Account;

public class LoginPageTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private static (string, string?) Email(string value) => ("Input.Email", value);
    private static (string, string?) Password(string value) => ("Input.Password", value);

    [Fact]
    public async Task Post_Login_SignsInAndGoesToEditing_WhenEmailAndPasswordAreRight()
    {
        var session = await EditorSession.SignInAsync(portal);

        var page = await session.Client.GetOkPageAsync("/edit");

        Assert.Equal("Editing", page.QuerySelector("main h1").Text());
        Assert.Contains($"Signed in as {session.Email}", page.QuerySelector(".portal-account-status").Text());
        await using var db = portal.NewDbContext();
        Assert.Contains(
            await db.AuditEvents.Where(e => e.UserName == session.Email).Select(e => e.Action).ToListAsync(),
            a => a == AuditAction.SignIn
        );
        Assert.NotNull((await db.Users.SingleAsync(u => u.Email == session.Email)).LastSignInAt);
    }

    [Fact]
    public async Task Post_Login_GivesTheSameMessage_ForAWrongPasswordAndAnUnknownEmail()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        var client = EditorSession.NewClient(portal);

        var wrongPassword = await client.PostFormAsync(
            "/account/login",
            "main form",
            Email(email),
            Password("not the right one at all")
        );
        var unknownEmail = await client.PostFormAsync(
            "/account/login",
            "main form",
            Email(NewEmail()),
            Password("not the right one at all")
        );

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains(LoginModel.NotRight, body);
            Assert.Contains("href=\"#Input-Email\"", body);
            Assert.Contains("<title>Error: Sign in", body);
        }
        await using var db = portal.NewDbContext();
        Assert.Equal(AuditAction.SignInFailed, (await db.AuditEvents.SingleAsync(e => e.UserName == email)).Action);
    }

    [Fact]
    public async Task Post_Login_LocksTheAccountFor15Minutes_AfterFiveWrongPasswords()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        var client = EditorSession.NewClient(portal);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.PostFormAsync(
                "/account/login",
                "main form",
                Email(email),
                Password($"wrong password number {attempt}")
            );
            Assert.Contains(LoginModel.NotRight, await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await client.PostFormAsync(
            "/account/login",
            "main form",
            Email(email),
            Password("wrong password number 5")
        );
        var rightButLocked = await client.PostFormAsync(
            "/account/login",
            "main form",
            Email(email),
            Password(EditorSession.DefaultPassword)
        );

        // The same message as for an unknown email: a "locked" message would tell a guesser the account exists.
        Assert.Contains(LoginModel.NotRight, await fifth.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Contains(LoginModel.NotRight, await rightButLocked.Content.ReadAsStringAsync());
        Assert.DoesNotContain("/edit", rightButLocked.Headers.Location?.OriginalString ?? "");
        await using var db = portal.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.InRange(
            user.LockoutEnd!.Value - DateTimeOffset.UtcNow,
            TimeSpan.FromMinutes(14),
            TimeSpan.FromMinutes(15)
        );
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.UserName == email && e.Action == AuditAction.LockedOut));
    }

    [Fact]
    public async Task Post_Login_RefusesADisabledAccount_WithoutSayingItExists()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        await using (var db = portal.NewDbContext())
        {
            (await db.Users.SingleAsync(u => u.Email == email)).IsDisabled = true;
            await db.SaveChangesAsync();
        }

        var response = await EditorSession.NewClient(portal).PostFormAsync("/account/login", "main form",
            Email(email), Password(EditorSession.DefaultPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.NotRight, await response.Content.ReadAsStringAsync());
        await using var check = portal.NewDbContext();
        Assert.Equal(AuditAction.Refused, (await check.AuditEvents.SingleAsync(e => e.UserName == email)).Action);
    }

    [Fact]
    public async Task Get_Edit_SendsAnonymousVisitorsToSignIn()
    {
        var response = await EditorSession.NewClient(portal).GetAsync("/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fedit", response.RedirectTarget());
    }

    [Fact]
    public async Task Get_Edit_Answers403WithThePortalsPage_ForAnAccountWithoutTheEditorRole()
    {
        var session = await EditorSession.SignInAsync(portal, role: null);

        var (response, page) = await session.Client.GetPageAsync("/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task Post_Login_RehashesAPasswordHashedWithFewerIterations()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // As an older portal stored it: PBKDF2 with 100,000 iterations.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var older = new PasswordHasher<PortalUser>(
                Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })
            );
            user.PasswordHash = older.HashPassword(user, EditorSession.DefaultPassword);
            await users.UpdateAsync(user);
        }
        Assert.Equal(100_000, await StoredIterationsAsync(email));

        await EditorSession.SignInClientAsync(
            EditorSession.NewClient(portal),
            email,
            EditorSession.DefaultPassword,
            null
        );

        Assert.Equal(210_000, await StoredIterationsAsync(email));
    }

    /// <summary>Identity's V3 hash: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt,
    /// subkey.</summary>
    private async Task<int> StoredIterationsAsync(string email)
    {
        await using var db = portal.NewDbContext();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.Email == email)).PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        return BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4));
    }

    private static string NewEmail() => $"editor-{Guid.NewGuid():N}@example.org";
}
