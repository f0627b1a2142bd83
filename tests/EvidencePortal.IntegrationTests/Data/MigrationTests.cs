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
        using var db = new PortalDbContext(
            new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options
        );

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changed: run dotnet ef migrations add --context PortalDbContext"
        );
    }

    [Fact]
    public void PostgresMigrations_CoverTheWholeModel()
    {
        using var db = new PostgresPortalDbContext(
            new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=unused").Options
        );

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changed: run dotnet ef migrations add --context PostgresPortalDbContext"
        );
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

    /// <summary>
    /// Every connection the portal opens commits durably (synchronous=FULL, which acknowledged saves rest on) and
    /// enforces foreign keys, including a pooled connection reused after something (a migration's table rebuild)
    /// switched foreign keys off, and a connection opened after the pool was emptied.
    /// </summary>
    [Fact]
    public async Task EveryOpenedConnection_IsDurableAndEnforcesForeignKeys()
    {
        using var factory = new EvidencePortal.Tests.PortalFactory();
        factory.CreateClient();

        for (var round = 0; round < 4; round++)
        {
            if (round == 3)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
            await using var db = factory.NewDbContext();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(2L, await ScalarAsync(db, "PRAGMA synchronous;")); // 2 is FULL
            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA foreign_keys;"));
            var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO Findings (StudyId, InterventionId, OutcomeId, Direction, Kind, Note, \"Order\") "
                        + "VALUES (-1, -1, -1, 'Positive', 'Primary', '', 0);"
                )
            );
            Assert.Contains("FOREIGN KEY constraint failed", error.Message, StringComparison.Ordinal);
            if (round == 1)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=OFF;");
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(PortalDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
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
