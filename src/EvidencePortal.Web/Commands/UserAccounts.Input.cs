using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Commands;

/// <summary>What the users command is given, checked before anything changes (the email address, the role
/// and the new password, read from the console), and how it refuses.</summary>
public sealed partial class UserAccounts
{
    public static bool IsEmail(string email) =>
        email.Length is > 0 and <= 256 && PlainTextAttribute.IsPlain(email) && !email.Any(char.IsWhiteSpace)
        && new EmailAddressAttribute().IsValid(email)
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email
        && parsed.Host.Contains('.', StringComparison.Ordinal);

    private static string? RoleName(string role) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Typed twice without echo in a terminal; one line when piped.</summary>
    private string? ReadNewPassword(string email)
    {
        string? password;
        if (console.IsInteractive)
        {
            password = console.ReadSecret($"Password for {email} (at least 12 characters, not shown as you type): ");
            if (password != console.ReadSecret("Type the same password again: "))
            {
                console.Error.WriteLine("The two passwords are not the same. Nothing was changed.");
                return null;
            }
        }
        else
        {
            password = console.ReadSecret("");
        }
        if (string.IsNullOrEmpty(password))
        {
            console.Error.WriteLine(
                "No password was given. Type it when asked, or give it as the first line of standard input. "
                    + "Nothing was changed."
            );
            return null;
        }
        return password;
    }

    private int NoSuchAccount(string email) =>
        Refuse($"There is no account for {email}. See them all with: users list");

    private int Refuse(IdentityResult result) =>
        Refuse(
            string.Join(Environment.NewLine, result.Errors.Select(e => e.Description))
                + Environment.NewLine
                + "Nothing was changed."
        );

    private int Refuse(string message)
    {
        console.Error.WriteLine(message);
        return ExitCodes.Refused;
    }
}
