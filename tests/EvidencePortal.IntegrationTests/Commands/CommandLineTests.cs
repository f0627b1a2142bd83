using EvidencePortal.IntegrationTests.Pages.Account;
using EvidencePortal.Web.Commands;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// How the command line is read, run in process (<see cref="InProcessCommand"/>): a verb not understood answers
/// exit code 2 with its help, every verb explains itself with --help, and settings for the host are told apart from
/// the command's own arguments.
/// </summary>
public class CommandLineTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
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

    private Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args) =>
        InProcessCommand.RunAsync(portal.Services, input, args);
}
