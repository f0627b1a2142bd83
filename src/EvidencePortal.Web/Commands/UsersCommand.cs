using EvidencePortal.Web.Accounts;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// `users ...`: the only way editor accounts are made and administered (there is no self-registration and
/// no default account). The verbs' work is in <see cref="UserAccounts"/>.
/// </summary>
public sealed class UsersCommand : ICommandGroup
{
    public string Name => "users";

    public string Usage => """
        users add EMAIL --role editor|admin     Add an account. Its password is read from standard input.
        users list                              Every account: roles, two-step sign-in, disabled, locked out, last sign-in.
        users disable EMAIL                     Stop an account signing in. Its sessions end at once.
        users enable EMAIL                      Let a disabled account sign in again.
        users reset EMAIL [--reset-2fa]         Set a new password (from standard input) and clear a lockout.
                                                --reset-2fa also turns off the authenticator app and recovery
                                                codes, so the person sets them up again.
        users role EMAIL --role editor|admin    Change an account's role.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0].ToLowerInvariant()
            : throw new CommandUsageException("Say what to do: add, list, disable, enable, reset or role.");
        var rest = args.Skip(1).ToList();
        var accounts = ActivatorUtilities.CreateInstance<UserAccounts>(services, console);
        switch (verb)
        {
            case "list":
                CommandArgs.Parse(rest, [], []).NoMoreWordsAfter(0);
                return await accounts.ListAsync(cancellationToken);
            case "add":
            {
                var parsed = CommandArgs.Parse(rest, ["role"], []);
                return await accounts.AddAsync(EmailOf(parsed), RoleOf(parsed));
            }
            case "disable" or "enable":
                return await accounts.SetDisabledAsync(EmailOf(CommandArgs.Parse(rest, [], [])), verb == "disable");
            case "reset":
            {
                var parsed = CommandArgs.Parse(rest, [], ["reset-2fa"]);
                return await accounts.ResetAsync(EmailOf(parsed), parsed.Flag("reset-2fa"));
            }
            case "role":
            {
                var parsed = CommandArgs.Parse(rest, ["role"], []);
                return await accounts.SetRoleAsync(EmailOf(parsed), RoleOf(parsed));
            }
            default:
                throw new CommandUsageException($"'users {args[0]}' is not a command: use add, list, disable, enable, reset or role.");
        }
    }

    private static string EmailOf(CommandArgs parsed)
    {
        var email = parsed.Word(0, "account's email address");
        parsed.NoMoreWordsAfter(1);
        return email.Trim();
    }

    private static string RoleOf(CommandArgs parsed) =>
        parsed.Value("role") ?? throw new CommandUsageException($"Give the role: --role {string.Join(" or --role ", Roles.All)}.");
}
