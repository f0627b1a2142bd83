using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>Identity's messages, reworded where a person setting a password or an account reads them.</summary>
public sealed class PortalIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new()
        {
            Code = nameof(PasswordTooShort),
            Description =
                $"Your password must be at least {length} characters long. "
                + "Three random words together make a good password.",
        };

    public override IdentityError DuplicateEmail(string? email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = $"There is already an account for {email}.",
    };

    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = $"There is already an account for {userName}.",
    };

    public override IdentityError InvalidEmail(string? email) => new()
    {
        Code = nameof(InvalidEmail),
        Description = $"'{email}' is not an email address. Enter one like name@example.org.",
    };
}
