using System.Text.Json;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Editing;

/// <summary>Adds a numbered revision (who, when, field-level before/after, full snapshot) to the unit of
/// work.</summary>
public sealed class RevisionRecorder(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<Revision> AddAsync<TInput>(
        string entityType,
        int entityId,
        RevisionAction action,
        RecordSnapshot<TInput>? before,
        RecordSnapshot<TInput> after,
        string? note,
        CancellationToken cancellationToken
    )
        where TInput : class
    {
        var number = await db.Revisions.Where(r => r.EntityType == entityType && r.EntityId == entityId)
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var user = http.HttpContext?.User;
        var revision = new Revision
        {
            EntityType = entityType, EntityId = entityId, Number = number + 1, Action = action,
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            UserName = user?.Identity?.Name ?? (action == RevisionAction.Imported ? "content import" : "system"),
            SnapshotJson = after.ToJson(),
            ChangesJson = JsonSerializer.Serialize(after.ChangesFrom(before)),
            Note = note,
        };
        db.Revisions.Add(revision);
        return revision;
    }
}
