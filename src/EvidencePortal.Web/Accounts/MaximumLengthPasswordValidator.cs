using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// New passwords may be long (passphrases of 64 characters and more are welcome) but not unbounded:
/// over 128 characters is refused (ASVS 2.1.2), for the sign-in pages and the `users` command alike.
/// </summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<PortalUser>
{
    public const int MaximumLength = 128;
    public const string ErrorCode = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = $"The password is too long: use up to {MaximumLength} characters",
            })
            : IdentityResult.Success);
}
