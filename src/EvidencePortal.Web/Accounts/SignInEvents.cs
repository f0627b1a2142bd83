using EvidencePortal.Web.History;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Accounts;

/// <summary>What the sign-in pages record: every success and failure in the audit trail, and the last sign-in time.</summary>
public sealed class SignInEvents(UserManager<PortalUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task SignedInAsync(PortalUser user, string how)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditAction.SignIn, $"Signed in with {how}", userName: user.Email);
    }

    /// <summary>A refused attempt: wrong password or code, locked out, or a disabled account.</summary>
    public Task FailedAsync(SignInResult result, string? userName, string what) =>
        result.IsLockedOut ? audit.WriteAsync(AuditAction.LockedOut, $"Sign-in refused: account locked ({what})", userName: userName)
        : result.IsNotAllowed ? audit.WriteAsync(AuditAction.Refused, $"Sign-in refused: account disabled ({what})", userName: userName)
        : audit.WriteAsync(AuditAction.SignInFailed, $"Sign-in failed: {what}", userName: userName);
}
