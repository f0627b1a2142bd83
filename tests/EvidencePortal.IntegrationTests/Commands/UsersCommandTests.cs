using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Commands;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// The users verbs for accounts that exist (list, disable and enable, reset, role), run in process
/// (<see cref="InProcessCommand"/>); what they change is then tried through the real sign-in page. `users add` is in
/// <see cref="UsersAddCommandTests"/>.
/// </summary>
public class UsersCommandTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Password = "quiet harbour lights tonight";

    [Fact]
    public async Task UsersList_ShowsRolesTwoFactorDisabledLockedOutAndLastSignIn()
    {
        var (signedIn, disabled, locked) = (NewEmail(), NewEmail(), NewEmail());
        await EditorSession.CreateAccountAsync(portal, signedIn, Roles.Admin, Password, twoFactor: false);
        await EditorSession.SignInClientAsync(EditorSession.NewClient(portal), signedIn, Password, null);
        await EditorSession.CreateAccountAsync(portal, disabled, Roles.Editor, twoFactor: true);
        await RunAsync("", "users", "disable", disabled);
        await EditorSession.CreateAccountAsync(portal, locked, null);
        await WithUserAsync(locked, (users, user) =>
            users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(10))
        );

        var (exit, output, _) = await RunAsync("", "users", "list");
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"^Email\s+Roles\s+2FA\s+Disabled\s+Locked out\s+Last sign-in$", lines[0]);
        Assert.Matches(
            $@"^{signedIn}\s+admin\s+off\s+no\s+no\s+\d{{4}}-\d\d-\d\d \d\d:\d\d UTC$",
            lines.Single(l => l.StartsWith(signedIn, StringComparison.Ordinal))
        );
        Assert.Matches(
            $@"^{disabled}\s+editor\s+on\s+yes\s+no\s+never$",
            lines.Single(l => l.StartsWith(disabled, StringComparison.Ordinal))
        );
        Assert.Matches(
            $@"^{locked}\s+\(none\)\s+off\s+no\s+until .+ UTC\s+never$",
            lines.Single(l => l.StartsWith(locked, StringComparison.Ordinal))
        );
    }

    [Fact]
    public async Task UsersDisableAndEnable_StopAndAllowSigningIn()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, Password);

        var disable = await RunAsync("", "users", "disable", email);
        var refused = await EditorSession
            .NewClient(portal)
            .PostFormAsync("/account/login", "main form", ("Input.Email", email), ("Input.Password", Password));
        var enable = await RunAsync("", "users", "enable", email);

        Assert.Equal(ExitCodes.Ok, disable.Exit);
        Assert.Contains(
            EvidencePortal.Web.Pages.Account.LoginModel.NotRight,
            await refused.Content.ReadAsStringAsync()
        );
        Assert.Equal(ExitCodes.Ok, enable.Exit);
        await EditorSession.SignInClientAsync(EditorSession.NewClient(portal), email, Password, null);
        await using var db = portal.NewDbContext();
        Assert.Equal(
            2,
            await db.AuditEvents.CountAsync(e => e.UserName == email && e.Action == AuditAction.AccountChanged)
        );
    }

    [Fact]
    public async Task UsersReset_SetsANewPassword_ClearsTheLockout_AndWithReset2faTurnsOffTheApp()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor, twoFactor: true);
        await WithUserAsync(email, (users, user) =>
            users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15))
        );

        var (exit, output, _) = await RunAsync(Password + "\n", "users", "reset", email, "--reset-2fa");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Two-step sign-in is off", output);
        await WithUserAsync(email, async (users, user) =>
        {
            Assert.False(user.TwoFactorEnabled);
            Assert.Null(await users.GetAuthenticatorKeyAsync(user));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
            return IdentityResult.Success;
        });
        // Signs in with the new password and no code (the key is null): enrolment comes next.
        await EditorSession.SignInClientAsync(EditorSession.NewClient(portal), email, Password, null);
    }

    [Fact]
    public async Task UsersReset_RefusesACommonPassword_AndKeepsTheOldOne()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var (exit, _, error) = await RunAsync("iloveyou1234\n", "users", "reset", email);

        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("too common", error);
        await EditorSession.SignInClientAsync(
            EditorSession.NewClient(portal),
            email,
            EditorSession.DefaultPassword,
            null
        );
    }

    [Fact]
    public async Task UsersRole_ChangesTheRole()
    {
        var email = NewEmail();
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);

        var (exit, output, _) = await RunAsync("", "users", "role", email, "--role", "ADMIN");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"{email} is now admin", output);
        await WithUserAsync(email, async (users, user) =>
        {
            Assert.Equal(["admin"], await users.GetRolesAsync(user));
            return IdentityResult.Success;
        });
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("reset")]
    public async Task Users_RefusesAnUnknownAccount(string verb)
    {
        var (exit, _, error) = await RunAsync(Password + "\n", "users", verb, NewEmail());

        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("There is no account for", error);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args) =>
        InProcessCommand.RunAsync(portal.Services, input, args);

    private async Task WithUserAsync(
        string email,
        Func<UserManager<PortalUser>, PortalUser, Task<IdentityResult>> action
    )
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True((await action(users, (await users.FindByEmailAsync(email))!)).Succeeded);
    }

    private static string NewEmail() => $"cli-{Guid.NewGuid():N}@example.org";
}
