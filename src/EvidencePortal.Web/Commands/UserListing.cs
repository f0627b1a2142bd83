using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Commands;

/// <summary>`users list`: one aligned row per account, for a person at a terminal.</summary>
public static class UserListing
{
    public static async Task<int> WriteAsync(
        PortalDbContext db,
        TimeProvider clock,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new
            {
                u.Email,
                u.TwoFactorEnabled,
                u.IsDisabled,
                u.LockoutEnd,
                u.LastSignInAt,
                Roles = db
                    .UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            await output.WriteLineAsync("There are no accounts yet. Add the first with: users add EMAIL --role admin");
            return ExitCodes.Ok;
        }
        var now = clock.GetUtcNow();
        string[][] rows =
        [
            ["Email", "Roles", "2FA", "Disabled", "Locked out", "Last sign-in"],
            .. accounts.Select(a => new[]
            {
                a.Email ?? "",
                a.Roles.Count == 0 ? "(none)" : string.Join(",", a.Roles.Order()),
                a.TwoFactorEnabled ? "on" : "off",
                a.IsDisabled ? "yes" : "no",
                a.LockoutEnd > now ? $"until {a.LockoutEnd.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "no",
                a.LastSignInAt is { } at ? $"{at:yyyy-MM-dd HH:mm} UTC" : "never",
            }),
        ];
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
        return ExitCodes.Ok;
    }
}
