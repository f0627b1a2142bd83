using System.CommandLine;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// `users ...`: editor accounts from the server's command line (there is no self-registration and no default account;
/// admins also manage accounts in the browser). The verbs' work is in <see cref="UserAccounts"/>.
/// </summary>
public static class UsersCommand
{
    public static Command Build(IServiceProvider services, CommandConsole console)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's email address." };
        var role = new Option<string>("--role")
        {
            Description = $"The account's role: {string.Join(" or ", Roles.All)}.",
            Required = true,
        };
        var resetTwoFactor = new Option<bool>("--reset-2fa")
        {
            Description = "Also turn off the authenticator app and recovery codes, so the person sets them up again.",
        };
        UserAccounts Accounts(IServiceProvider scope) =>
            ActivatorUtilities.CreateInstance<UserAccounts>(scope, console);
        return new Command("users", "Add and look after editor and admin accounts.")
        {
            new Command("add", "Add an account. Its password is read from standard input.") { email, role }.Runs(
                services,
                (scope, parsed, _) => Accounts(scope).AddAsync(parsed.GetValue(email)!.Trim(), parsed.GetValue(role)!)
            ),
            new Command("list", "Every account: roles, two-step sign-in, disabled, locked out, last sign-in.").Runs(
                services,
                (scope, _, cancellationToken) => Accounts(scope).ListAsync(cancellationToken)
            ),
            new Command("disable", "Stop an account signing in. Its sessions end at once.") { email }.Runs(
                services,
                (scope, parsed, _) => Accounts(scope).SetDisabledAsync(parsed.GetValue(email)!.Trim(), disabled: true)
            ),
            new Command("enable", "Let a disabled account sign in again.") { email }.Runs(
                services,
                (scope, parsed, _) => Accounts(scope).SetDisabledAsync(parsed.GetValue(email)!.Trim(), disabled: false)
            ),
            new Command("reset", "Set a new password (from standard input) and clear a lockout.")
            {
                email,
                resetTwoFactor,
            }.Runs(services, (scope, parsed, _) =>
                Accounts(scope).ResetAsync(parsed.GetValue(email)!.Trim(), parsed.GetValue(resetTwoFactor))
            ),
            new Command("role", "Change an account's role.") { email, role }.Runs(services, (scope, parsed, _) =>
                Accounts(scope).SetRoleAsync(parsed.GetValue(email)!.Trim(), parsed.GetValue(role)!)
            ),
        };
    }
}
