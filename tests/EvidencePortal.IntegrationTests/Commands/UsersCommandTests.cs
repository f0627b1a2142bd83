using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Commands;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// The users command run in process against a real portal's store (as Program runs it after migrations),
/// with standard input and output as text; accounts it makes are then used through the real sign-in page.
/// ProgramCommandTests runs the built program itself for the parts only a process shows.
/// </summary>
public class UsersCommandTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Password = "quiet harbour lights tonight";

    [Fact]
    public async Task UsersAdd_MakesAnAccountThatSignsIn_AndAuditsIt()
    {
        var email = NewEmail();

        var (exit, output, error) = await RunAsync(Password + "\n", "users", "add", email, "--role", "editor");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"Added {email} as editor", output);
        Assert.Empty(error);
        await EditorSession.SignInClientAsync(EditorSession.NewClient(portal), email, Password, null);
        await using var db = portal.NewDbContext();
        var audit = await db.AuditEvents.SingleAsync(e =>
            e.UserName == email && e.Action == AuditAction.AccountChanged
        );
        Assert.StartsWith("Account added with the role editor", audit.Summary);
    }

    [Theory]
    [InlineData("not-an-email", "editor", Password, "is not an email address")]
    [InlineData("someone@localhost", "editor", Password, "is not an email address")]
    [InlineData("some one@example.org", "editor", Password, "is not an email address")]
    [InlineData("jo\u202E@example.org", "editor", Password, "is not an email address")]
    [InlineData("{0}", "superuser", Password, "There is no role 'superuser'")]
    [InlineData("{0}", "editor", "too short", "at least 12 characters")]
    [InlineData("{0}", "editor", "password1234", "too common")]
    [InlineData("{0}", "editor", "qwertyuiop123", "too common")]
    [InlineData("{0}", "editor", "{local} is my password", "must not contain your email address")]
    [InlineData("{0}", "editor", "", "No password was given")]
    [InlineData(
        "{0}",
        "editor",
        "several plain words make a long pass phrase several plain words make a long pass phrase "
            + "several plain words make a long pass phra",
        "too long: use up to 128 characters"
    )]
    public async Task UsersAdd_RefusesBadInput_WithAMessageAndExitCode1_AndMakesNoAccount(
        string email,
        string role,
        string password,
        string message
    )
    {
        var fresh = NewEmail();
        email = string.Format(System.Globalization.CultureInfo.InvariantCulture, email, fresh);
        password = password.Replace("{local}", fresh.Split('@')[0], StringComparison.Ordinal);

        var (exit, output, error) = await RunAsync(password + "\n", "users", "add", email, "--role", role);

        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains(message, error);
        Assert.Empty(output);
        await using var db = portal.NewDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task UsersAdd_RefusesADuplicate()
    {
        var email = NewEmail();
        await RunAsync(Password + "\n", "users", "add", email, "--role", "editor");

        var (exit, _, error) = await RunAsync(
            Password + "\n",
            "users",
            "add",
            email.ToUpperInvariant(),
            "--role",
            "admin"
        );

        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("There is already an account", error);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users", "frobnicate", "a@example.org")]
    [InlineData("users", "add", "a@example.org")]
    [InlineData("users", "add", "--role", "editor")]
    [InlineData("users", "add", "a@example.org", "b@example.org", "--role", "editor")]
    [InlineData("users", "add", "a@example.org", "--role", "editor", "--sudo")]
    [InlineData("users", "reset")]
    [InlineData("user", "list")]
    public async Task Users_AnswersExitCode2WithTheCommandsHelp_WhenNotUnderstood(params string[] args)
    {
        var (exit, _, error) = await RunAsync("", args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Usage:", error);
        Assert.Contains(
            args.Length > 1 && args[0] == "users" && args[1] is "add" or "reset" ? $"users {args[1]} <EMAIL>" : "users",
            error
        );
    }

    [Theory]
    [InlineData("users", "add", "--help")]
    [InlineData("users", "reset", "-h")]
    [InlineData("content", "import", "--help")]
    [InlineData("store", "backup", "--help")]
    [InlineData("users", "--help")]
    [InlineData("--help")]
    public async Task EveryVerb_ExplainsItself_WithHelp(params string[] args)
    {
        var (exit, output, _) = await RunAsync("", args);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains("Options:", output);
    }

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

    [Fact]
    public void Split_KnowsEveryOptionTheCommandsHave()
    {
        var root = new System.CommandLine.RootCommand
        {
            UsersCommand.Build(
                portal.Services,
                CommandConsole.Piped(new StringReader(""), TextWriter.Null, TextWriter.Null)
            ),
            ContentCommand.Build(
                portal.Services,
                CommandConsole.Piped(new StringReader(""), TextWriter.Null, TextWriter.Null)
            ),
            StoreCommand.Build(
                portal.Services,
                CommandConsole.Piped(new StringReader(""), TextWriter.Null, TextWriter.Null)
            ),
        };
        var options = root
            .Subcommands.SelectMany(group => group.Subcommands)
            .SelectMany(verb => verb.Options)
            .Select(o => o.Name.TrimStart('-'))
            .Where(name => name != "help")
            .ToHashSet();

        Assert.Subset(CommandLine.CommandOptions, options);
    }

    /// <summary>Host settings go to the host wherever they stand; everything else is the command's, a path
    /// included.</summary>
    [Theory]
    [InlineData("users list", "", "users list")]
    [InlineData("", "", "")]
    [InlineData("--urls http://127.0.0.1:5000", "--urls http://127.0.0.1:5000", "")]
    [InlineData(
        "--ConnectionStrings:Portal=x users add a@example.org --role editor",
        "--ConnectionStrings:Portal=x",
        "users add a@example.org --role editor"
    )]
    [InlineData(
        "users reset a@example.org --reset-2fa --ConnectionStrings:Portal=x",
        "--ConnectionStrings:Portal=x",
        "users reset a@example.org --reset-2fa"
    )]
    [InlineData(
        "content import /data/content --Database:Provider Postgres",
        "--Database:Provider Postgres",
        "content import /data/content"
    )]
    [InlineData("Database:Provider=Postgres", "Database:Provider=Postgres", "")]
    [InlineData("/Database:Provider Postgres", "/Database:Provider Postgres", "")]
    [InlineData(
        "--Security= --Security:RequireTwoFactor=false --environment=Testing",
        "--Security= --Security:RequireTwoFactor=false --environment=Testing",
        ""
    )]
    [InlineData("users add a@example.org --role=editor --sudo", "", "users add a@example.org --role=editor --sudo")]
    public void Split_HandsHostSettingsToTheHost_AndTheRestToTheCommand(string args, string host, string command)
    {
        var (hostArgs, commandArgs) = CommandLine.Split(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(host, string.Join(' ', hostArgs));
        Assert.Equal(command, string.Join(' ', commandArgs));
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(
            portal.Services,
            args,
            CommandConsole.Piped(new StringReader(input), output, error)
        );
        return (exit, output.ToString(), error.ToString());
    }

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
