using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Web.Commands;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// `users add`, run in process (<see cref="InProcessCommand"/>): the account it makes signs in through the real
/// sign-in page and is audited; bad input, or an address already taken, is refused with a message and makes nothing.
/// </summary>
public class UsersAddCommandTests(AccountPortal portal) : IClassFixture<AccountPortal>
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

    private Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args) =>
        InProcessCommand.RunAsync(portal.Services, input, args);

    private static string NewEmail() => $"cli-{Guid.NewGuid():N}@example.org";
}
