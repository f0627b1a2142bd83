using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>
    /// The SQLite store runs on the compiled model in Data/CompiledModel (about a tenth of a second less to start);
    /// it is generated code, so a model change without `dotnet ef dbcontext optimize` must fail here.
    /// </summary>
    [Fact]
    public void SqliteCompiledModel_IsTheModelOnModelCreatingBuilds()
    {
        using var db = new PortalDbContext(
            new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options
        );
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.Same(EvidencePortal.Web.Data.CompiledModel.PortalDbContextModel.Instance, db.Model);
        Assert.True(
            Shape(built) == Shape(db.Model),
            "The compiled model is stale: run dotnet ef dbcontext optimize (see README, Code)"
        );
    }

    /// <summary>What the store and the code rely on: tables, columns and their types, keys, relationships,
    /// indexes.</summary>
    private static string Shape(IModel model) =>
        string.Join(
            "\n",
            model
                .GetRelationalModel()
                .Tables.OrderBy(t => t.Name)
                .SelectMany(t =>
                    t.Columns.OrderBy(c => c.Name)
                        .Select(c =>
                            $"{t.Name}.{c.Name} {c.StoreType} null={c.IsNullable} "
                            + string.Join(
                                ",",
                                c.PropertyMappings.Select(m =>
                                    $"{m.Property.DeclaringType.Name}.{m.Property.Name}:{m.Property.ClrType.Name}:"
                                    + m.TypeMapping.Converter?.ProviderClrType.Name
                                )
                            )
                        )
                        .Append(
                            $"{t.Name} key {t.PrimaryKey?.Name}"
                                + $"({string.Join(",", t.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})"
                        )
                        .Concat(
                            t.ForeignKeyConstraints.OrderBy(f => f.Name)
                                .Select(f =>
                                    $"{t.Name} fk {f.Name}({string.Join(",", f.Columns.Select(c => c.Name))})"
                                    + $" -> {f.PrincipalTable.Name} {f.OnDeleteAction}"
                                )
                        )
                        .Concat(
                            t.Indexes.OrderBy(i => i.Name)
                                .Select(i =>
                                    $"{t.Name} index {i.Name}({string.Join(",", i.Columns.Select(c => c.Name))})"
                                    + $" unique={i.IsUnique}"
                                )
                        )
                        .Concat(
                            t.UniqueConstraints.OrderBy(u => u.Name)
                                .Select(u =>
                                    $"{t.Name} unique {u.Name}({string.Join(",", u.Columns.Select(c => c.Name))})"
                                )
                        )
                )
        );

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
