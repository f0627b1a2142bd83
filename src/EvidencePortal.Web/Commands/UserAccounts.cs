using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Commands;

/// <summary>
/// The users command's work on the store. Passwords go through the same validators as the web (length,
/// common passwords, not the email address). Every change writes an AccountChanged audit event, in the
/// same transaction as the change. Reading and checking what it is given is in UserAccounts.Input.cs.
/// </summary>
public sealed partial class UserAccounts(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    PortalDbContext db,
    AuditLog audit,
    TimeProvider clock,
    CommandConsole console
)
{
    public async Task<int> AddAsync(string email, string role)
    {
        if (!IsEmail(email))
        {
            return Refuse($"'{email}' is not an email address. Give one like name@example.org.");
        }
        if (RoleName(role) is not { } roleName)
        {
            return Refuse($"There is no role '{role}'. Use {string.Join(" or ", Roles.All)}.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Refuse($"There is already an account for {email}. Nothing was changed.");
        }
        if (ReadNewPassword(email) is not { } password)
        {
            return ExitCodes.Refused;
        }
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                var user = new PortalUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                var result = await users.CreateAsync(user, password);
                if (result.Succeeded)
                {
                    await EnsureRoleAsync(roleName);
                    result = await users.AddToRoleAsync(user, roleName);
                }
                if (!result.Succeeded)
                {
                    return Refuse(result);
                }
                await AuditAsync(email, $"Account added with the role {roleName}");
                await transaction.CommitAsync(token);
                console.Out.WriteLine(
                    $"Added {email} as {roleName}. They sign in at /account/login and set up two-step sign-in "
                        + "the first time."
                );
                return ExitCodes.Ok;
            }
        );
    }

    public Task<int> ListAsync(CancellationToken cancellationToken) =>
        UserListing.WriteAsync(db, clock, console.Out, cancellationToken);

    public async Task<int> SetDisabledAsync(string email, bool disabled)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return NoSuchAccount(email);
        }
        user.IsDisabled = disabled;
        // A new stamp ends the account's sessions at their next request (stamps are checked on every request).
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return Refuse(result);
        }
        await AuditAsync(email, disabled ? "Account disabled (its sessions ended)" : "Account enabled");
        console.Out.WriteLine(
            disabled
                ? $"Disabled {email}: it cannot sign in, and its sessions have ended."
                : $"Enabled {email}: it can sign in again."
        );
        return ExitCodes.Ok;
    }

    public async Task<int> ResetAsync(string email, bool resetTwoFactor)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return NoSuchAccount(email);
        }
        if (ReadNewPassword(email) is not { } password)
        {
            return ExitCodes.Refused;
        }
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                var result = await users.ResetPasswordAsync(
                    user,
                    await users.GeneratePasswordResetTokenAsync(user),
                    password
                );
                if (!result.Succeeded)
                {
                    return Refuse(result);
                }
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                if (resetTwoFactor)
                {
                    await users.TurnOffTwoFactorAsync(user);
                }
                await AuditAsync(
                    email,
                    "Password reset and lockout cleared" + (resetTwoFactor ? "; two-step sign-in turned off" : "")
                );
                await transaction.CommitAsync(token);
                console.Out.WriteLine(
                    $"New password set for {email}; any lockout is cleared and its sessions have ended."
                        + (
                            resetTwoFactor
                                ? " Two-step sign-in is off: they set up their authenticator app again when they "
                                    + "next sign in."
                                : ""
                        )
                );
                return ExitCodes.Ok;
            }
        );
    }

    public async Task<int> SetRoleAsync(string email, string role)
    {
        if (RoleName(role) is not { } roleName)
        {
            return Refuse($"There is no role '{role}'. Use {string.Join(" or ", Roles.All)}.");
        }
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return NoSuchAccount(email);
        }
        var current = await users.GetRolesAsync(user);
        return await db.InTransactionAsync(
            async (transaction, token) =>
            {
                await EnsureRoleAsync(roleName);
                var result = await users.RemoveFromRolesAsync(user, current.Where(r => r != roleName));
                if (result.Succeeded && !current.Contains(roleName))
                {
                    result = await users.AddToRoleAsync(user, roleName);
                }
                if (!result.Succeeded)
                {
                    return Refuse(result);
                }
                await AuditAsync(
                    email,
                    $"Role changed from {(current.Count == 0 ? "none" : string.Join(", ", current))} to {roleName}"
                );
                await transaction.CommitAsync(token);
                console.Out.WriteLine($"{email} is now {roleName}.");
                return ExitCodes.Ok;
            }
        );
    }

    private async Task EnsureRoleAsync(string roleName)
    {
        if (!await roles.RoleExistsAsync(roleName))
        {
            await roles.CreateAsync(new IdentityRole(roleName));
        }
    }

    private async Task AuditAsync(string email, string summary)
    {
        audit.Add(
            AuditAction.AccountChanged,
            $"{summary} (users command, run by {Environment.UserName})",
            entityType: "Account",
            userName: email
        );
        await db.SaveChangesAsync();
    }
}
