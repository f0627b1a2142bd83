using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.History;

/// <summary>Adds audit events to the current unit of work, or writes them at once (sign-ins, refusals).</summary>
public sealed class AuditLog(
    PortalDbContext db,
    TimeProvider clock,
    IHttpContextAccessor http,
    IServiceScopeFactory scopes
)
{
    /// <summary>Queued with the caller's other changes: saved, or not, together with them.</summary>
    public void Add(
        AuditAction action,
        string summary,
        string? entityType = null,
        int? entityId = null,
        string? userName = null
    )
    {
        var context = http.HttpContext;
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserName = Truncate(userName ?? context?.User.Identity?.Name, 256),
            EntityType = entityType,
            EntityId = entityId,
            Summary = Truncate(summary, 1000)!,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    /// <summary>
    /// For events with nothing else to save alongside (a sign-in, a refusal), written through a context of their own:
    /// whatever the request's unit of work holds (say, an account update Identity could not save) is never sent with
    /// it.
    /// </summary>
    public async Task WriteAsync(AuditAction action, string summary, string? entityType = null, int? entityId = null,
        string? userName = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        new AuditLog(own, clock, http, scopes).Add(action, summary, entityType, entityId, userName);
        await own.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
