using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Identity's user manager, except that failed attempts are counted by the database in one statement. Identity reads
/// the count, adds one and saves the whole account with a concurrency check, so of twenty guesses arriving together
/// most failed to save: they were neither counted nor locked the account. Here each guess is one atomic UPDATE on
/// whichever engine, which also changes the concurrency stamp so a stale copy of the account can never undo a lockout.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    PortalDbContext db,
    TimeProvider clock
)
    : UserManager<PortalUser>(
        store,
        optionsAccessor,
        passwordHasher,
        userValidators,
        passwordValidators,
        keyNormalizer,
        errors,
        services,
        logger
    )
{
    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var limit = Options.Lockout.MaxFailedAccessAttempts;
        DateTimeOffset? lockedUntil = clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan;
        var stamp = Guid.NewGuid().ToString();
        await db.Users.Where(u => u.Id == user.Id && u.LockoutEnabled).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= limit ? lockedUntil : u.LockoutEnd)
            .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1 >= limit ? 0 : u.AccessFailedCount + 1)
            .SetProperty(u => u.ConcurrencyStamp, stamp), CancellationToken);
        await RefreshAsync(user);
        return IdentityResult.Success;
    }

    /// <summary>
    /// After a right password or code: clears the count, unless the account is locked now or a failure was counted
    /// since it was read (then refused: a guess racing the right password must not wipe the count).
    /// </summary>
    public override async Task<IdentityResult> ResetAccessFailedCountAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await RefreshAsync(user);
        if (await IsLockedOutAsync(user))
        {
            return IdentityResult.Failed(
                new IdentityError { Code = "LockedOut", Description = "The account is locked." }
            );
        }
        if (user.AccessFailedCount == 0)
        {
            return IdentityResult.Success;
        }
        var cleared = await db.Users.Where(u => u.Id == user.Id && u.ConcurrencyStamp == user.ConcurrencyStamp)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0), CancellationToken);
        await RefreshAsync(user);
        return cleared == 1 ? IdentityResult.Success : IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
    }

    public override async Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnabled && user.LockoutEnd is { } end && end > clock.GetUtcNow();
    }

    /// <summary>The account as the database has it now: Identity goes on to read the lockout from this
    /// object.</summary>
    private async Task RefreshAsync(PortalUser user)
    {
        var entry = db.Entry(user);
        if (entry.State == EntityState.Detached)
        {
            var fresh = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, CancellationToken);
            (user.AccessFailedCount, user.LockoutEnd, user.ConcurrencyStamp) = (
                fresh.AccessFailedCount,
                fresh.LockoutEnd,
                fresh.ConcurrencyStamp
            );
            return;
        }
        await entry.ReloadAsync(CancellationToken);
    }
}
