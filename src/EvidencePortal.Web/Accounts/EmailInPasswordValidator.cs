using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Refuses a password that is, or contains, the account's email address or the part before the @
/// (the first thing someone guessing would try). Parts shorter than 3 characters are not checked:
/// "jo@nhs.net" must not rule out every password with "jo" in it.
/// </summary>
public sealed class EmailInPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string ErrorCode = "PasswordContainsEmail";

    public const string Message = "Your password must not contain your email address or the part of it before the @.";

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is not null && ContainsEmail(password, user.Email ?? user.UserName)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    public static bool ContainsEmail(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var localPart = at > 0 ? email[..at] : email;
        return password.Contains(email.Trim(), StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= 3 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase));
    }
}
