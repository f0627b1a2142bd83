using System.Text;
using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages;

public static class StoreFingerprint
{
    /// <summary>Everything a handler could change: records and their versions, history, accounts, their secrets and
    /// sessions.</summary>
    public static async Task<string> OfAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var text = new StringBuilder();
        text.AppendJoin(
                ',',
                await db.Studies.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync()
            )
            .AppendLine();
        text.AppendJoin(
                ',',
                await db.Topics.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync()
            )
            .AppendLine();
        text.AppendJoin(
                ',',
                await db.Reviews.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync()
            )
            .AppendLine();
        text.AppendJoin(
                ',',
                await db.Interventions.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync()
            )
            .AppendLine();
        text.AppendJoin(
                ',',
                await db.Outcomes.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}:{r.Version}").ToListAsync()
            )
            .AppendLine();
        text.Append(await db.Findings.CountAsync()).Append(' ').Append(await db.Revisions.CountAsync()).AppendLine();
        var users = await db
            .Users.OrderBy(u => u.Id)
            .Select(u =>
                $"{u.Email}:{u.PasswordHash}:{u.SecurityStamp}:{u.TwoFactorEnabled}:{u.LockoutEnd}:{u.IsDisabled}"
            )
            .ToListAsync();
        text.AppendJoin(',', users).AppendLine();
        text.AppendJoin(
            ',',
            await db
                .UserTokens.OrderBy(t => t.UserId)
                .ThenBy(t => t.Name)
                .Select(t => $"{t.Name}={t.Value}")
                .ToListAsync()
        );
        return text.ToString();
    }
}
