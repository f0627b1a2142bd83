using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Data;

/// <summary>
/// The same model on PostgreSQL. Migrations are provider-specific, so this type exists to own
/// its own set (Data/Migrations/Postgres); the application only ever asks for PortalDbContext.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options)
    : PortalDbContext(options);
