using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>Migrations are the only way the schema changes: a model change without one fails here.</summary>
public class MigrationTests
{
    [Fact]
    public void SqliteMigrations_CoverTheWholeModel()
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: run dotnet ef migrations add --context PortalDbContext");
    }

    [Fact]
    public void PostgresMigrations_CoverTheWholeModel()
    {
        using var db = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: run dotnet ef migrations add --context PostgresPortalDbContext");
    }

    [Fact]
    public async Task StartUp_PutsTheSqliteStoreInWalMode()
    {
        using var factory = new EvidencePortal.Tests.PortalFactory();
        factory.CreateClient();
        await using var db = factory.NewDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
