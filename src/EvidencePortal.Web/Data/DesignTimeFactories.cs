using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EvidencePortal.Web.Data;

// Used only by `dotnet ef migrations add`: migrations need a model, not a live server.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgresPortalDbContext>()
                .UseNpgsql("Host=localhost;Database=design_time")
                .Options
        );
}
