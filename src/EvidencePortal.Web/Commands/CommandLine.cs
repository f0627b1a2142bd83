namespace EvidencePortal.Web.Commands;

/// <summary>
/// Maintenance commands instead of serving: `dotnet run --project src/EvidencePortal.Web -- GROUP VERB ...`.
/// They run after the store is prepared (migrations applied), then the process exits with
/// <see cref="ExitCodes"/>. Host settings (--ConnectionStrings:Portal=..., --Database:Provider ...) work
/// as for the server. To add a group (content, backup ...): implement <see cref="ICommandGroup"/>, list it here.
/// </summary>
public static class CommandLine
{
    private static readonly ICommandGroup[] Groups = [new UsersCommand(), new ContentCommand(), new StoreCommand()];

    /// <summary>Runs the command the arguments name (see <see cref="IsCommand"/>) and sets the process's exit code.</summary>
    public static async Task RunCommandAsync(this WebApplication app, string[] args) =>
        Environment.ExitCode = await RunAsync(app.Services, args, CommandConsole.ForProcess(), app.Lifetime.ApplicationStopping);

    /// <summary>A first argument that is a word, not a setting (--Key=value, /Key value, Key=value), names a command.</summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0].Length > 0 && args[0][0] is not ('-' or '/') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CommandConsole console,
        CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "help" or "--help")
        {
            WriteUsage(console.Out);
            return ExitCodes.Ok;
        }
        var group = Groups.FirstOrDefault(g => string.Equals(g.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (group is null)
        {
            await console.Error.WriteLineAsync($"There is no command called '{args[0]}'.");
            WriteUsage(console.Error);
            return ExitCodes.Usage;
        }
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await group.RunAsync(args.Skip(1).ToList(), console, scope.ServiceProvider, cancellationToken);
        }
        catch (CommandUsageException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            await console.Error.WriteLineAsync();
            await console.Error.WriteLineAsync(group.Usage);
            return ExitCodes.Usage;
        }
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: dotnet run --project src/EvidencePortal.Web -- COMMAND [options] [--Setting=value ...]");
        writer.WriteLine();
        foreach (var group in Groups)
        {
            writer.WriteLine(group.Usage);
            writer.WriteLine();
        }
        writer.WriteLine("Exit codes: 0 done, 1 refused (the message says why), 2 the command was not understood.");
    }
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

/// <summary>One group of commands under one name ("users"), with its verbs.</summary>
public interface ICommandGroup
{
    string Name { get; }

    /// <summary>One line per verb, shown by "help" and after a usage mistake.</summary>
    string Usage { get; }

    /// <summary>Runs a verb; args are those after the group's name. Throw <see cref="CommandUsageException"/> for a usage mistake.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, IServiceProvider services, CancellationToken cancellationToken);
}
