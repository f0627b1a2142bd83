using System.Collections.Frozen;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Refuses a password found on a list of common passwords (CommonPasswords.txt, see its NOTICE), or one
/// that is only a common password with digits or symbols around it ("Sunshine2024!"), or one short piece
/// repeated ("abcabcabcabc"). Length alone does not make "passwordpassword" safe. Case is ignored.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string ErrorCode = "CommonPassword";

    public const string Message =
        "This password is too common and easy to guess. "
        + "Choose another: three random words together make a good password.";

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var list = CommonPasswords.Value;
        var trimmed = password.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }
        if (list.Contains(trimmed))
        {
            return true;
        }
        var core = trimmed.Trim(NotLetters(trimmed));
        if (core.Length >= 3 && list.Contains(core))
        {
            return true;
        }
        var unit = RepeatedUnit(trimmed.ToLowerInvariant());
        return unit is not null
            && (unit.Length <= 4 || list.Contains(unit) || list.Contains(unit.Trim(NotLetters(unit))));
    }

    /// <summary>"abcabcabc" is "abc" three times; null when the text is not one piece repeated.</summary>
    private static string? RepeatedUnit(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (
                text.Length % length == 0
                && string.Concat(Enumerable.Repeat(text[..length], text.Length / length)) == text
            )
            {
                return text[..length];
            }
        }
        return null;
    }

    private static char[] NotLetters(string text) => text.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>(50_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }
        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private const string ResourceName = "EvidencePortal.Web.Accounts.CommonPasswords.txt";
}
