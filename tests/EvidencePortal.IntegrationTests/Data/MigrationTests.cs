using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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

    [Fact]
    public async Task StartUp_BringsAStoreFromAnOlderVersionUpToDate()
    {
        using var factory = new EvidencePortal.Tests.PortalFactory();
        string[] all;
        await using (var old = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={factory.DatabasePath}").Options))
        {
            all = old.Database.GetMigrations().ToArray();
            // The store as the first release left it: only the first migration applied.
            await old.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(all[0]);
            Assert.Single(await old.Database.GetAppliedMigrationsAsync());
        }

        factory.CreateClient();

        await using var db = factory.NewDbContext();
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Studies.AnyAsync(), "content/ was imported into the migrated store");
    }
}
