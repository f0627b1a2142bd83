using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Accounts;

/// <summary>What the sign-in pages record: every success and failure in the audit trail, and the last sign-in
/// time.</summary>
public sealed class SignInEvents(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The time is set in one statement: saving the whole account would race the lockout counting.</summary>
    public async Task SignedInAsync(PortalUser user, string how)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignInAt, now));
        await audit.WriteAsync(AuditAction.SignIn, $"Signed in with {how}", userName: user.Email);
    }

    /// <summary>A refused attempt: wrong password or code, locked out, or a disabled account.</summary>
    public Task FailedAsync(SignInResult result, string? userName, string what) =>
        result.IsLockedOut
            ? audit.WriteAsync(AuditAction.LockedOut, $"Sign-in refused: account locked ({what})", userName: userName)
        : result.IsNotAllowed
            ? audit.WriteAsync(AuditAction.Refused, $"Sign-in refused: account disabled ({what})", userName: userName)
        : audit.WriteAsync(AuditAction.SignInFailed, $"Sign-in failed: {what}", userName: userName);
}
