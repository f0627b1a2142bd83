using System.CommandLine;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// Maintenance commands instead of serving: `dotnet run --project src/EvidencePortal.Web -- GROUP VERB ...`, parsed by
/// System.CommandLine (`--help` on every verb). Host settings (--ConnectionStrings:Portal=..., --Database:Provider
/// Postgres, --urls ...) may come before or after the verb: <see cref="Split"/> hands them to the host and the rest to
/// the command, so a word such as /data/content is never read as a setting and a command never starts a web server.
/// </summary>
public static class CommandLine
{
    private static readonly HashSet<string> HostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot",
    };

    /// <summary>Every option a verb has (a test checks this against the commands): the only --name=value a command
    /// reads.</summary>
    internal static readonly HashSet<string> CommandOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "role",
        "reset-2fa",
        "force",
        "help",
    };

    /// <summary>
    /// The host's settings (--Section:Key=value, --Section:Key value, --Key=value, Section:Key=value, /Section:Key
    /// value and the host's own --urls ...) and the command's words; no command words means: serve.
    /// </summary>
    public static (string[] Host, string[] Command) Split(IReadOnlyList<string> args)
    {
        List<string> host = [], command = [];
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=', 2)[0]
                : arg.StartsWith('/') && !arg[1..].Contains('/', StringComparison.Ordinal) ? arg[1..].Split('=', 2)[0]
                : null;
            var hasValue = arg.Contains('=', StringComparison.Ordinal);
            if (name is not null && !CommandOptions.Contains(name)
                && (hasValue || name.Contains(':', StringComparison.Ordinal) || HostSettings.Contains(name)))
            {
                host.Add(arg);
                if (!hasValue && i + 1 < args.Count)
                {
                    host.Add(args[++i]);
                }
            }
            else if (
                name is null
                && hasValue
                && !arg.StartsWith('/')
                && arg.Split('=', 2)[0].Contains(':', StringComparison.Ordinal)
            )
            {
                host.Add(arg);
            }
            else
            {
                command.Add(arg);
            }
        }
        return ([.. host], [.. command]);
    }

    /// <summary>Runs the command the words name and sets the process's exit code; the store is prepared only for a verb
    /// that runs.</summary>
    public static async Task RunCommandAsync(this WebApplication app, string[] words, Func<Task> prepareStore) =>
        Environment.ExitCode = await RunAsync(
            app.Services,
            words,
            CommandConsole.ForProcess(),
            prepareStore,
            app.Lifetime.ApplicationStopping
        );

    public static async Task<int> RunAsync(
        IServiceProvider services,
        IReadOnlyList<string> words,
        CommandConsole console,
        Func<Task>? prepareStore = null,
        CancellationToken cancellationToken = default
    )
    {
        var root = new RootCommand(
            "EvidencePortal maintenance commands. They run against the configured store and exit."
        )
        {
            UsersCommand.Build(services, console),
            ContentCommand.Build(services, console),
            StoreCommand.Build(services, console),
        };
        var parsed = root.Parse(words);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }
            // Then the help of the command that was not understood, as --help would show it.
            await console.Error.WriteLineAsync();
            await root.Parse([.. CommandPath(parsed.CommandResult.Command), "--help"])
                .InvokeAsync(new InvocationConfiguration { Output = console.Error }, cancellationToken);
            return ExitCodes.Usage;
        }
        if (prepareStore is not null && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            await prepareStore();
        }
        return await parsed.InvokeAsync(
            new InvocationConfiguration { Output = console.Out, Error = console.Error },
            cancellationToken
        );
    }

    /// <summary>The verb's work, in a scope of its own (one DbContext, one UserManager), returning an exit
    /// code.</summary>
    public static Command Runs(this Command command, IServiceProvider services,
        Func<IServiceProvider, ParseResult, CancellationToken, Task<int>> work)
    {
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            return await work(scope.ServiceProvider, parsed, cancellationToken);
        });
        return command;
    }

    private static IEnumerable<string> CommandPath(Command command) =>
        command
            .Parents.OfType<Command>()
            .Where(p => p is not RootCommand)
            .SelectMany(CommandPath)
            .Append(command is RootCommand ? "" : command.Name)
            .Where(part => part.Length > 0);
}

/// <summary>What a command's process exit code means.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Understood but refused: a bad email or password, no such account, a duplicate ...</summary>
    public const int Refused = 1;

    /// <summary>Not understood: unknown command or option, a missing argument.</summary>
    public const int Usage = 2;
}
