using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>
/// Several portal instances on one PostgreSQL database, started at the same moment, as a load-balanced deployment
/// comes up after an install or an upgrade: each must come up and serve, and the store must be prepared once.
/// </summary>
public class ManyInstancesStartupTests
{
    private const int Instances = 5;

    [Fact]
    public async Task Five_instances_started_at_once_on_an_empty_database_all_serve_and_import_once()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        await StartTogetherAndCheckAsync(database);
    }

    [Fact]
    public async Task Five_instances_started_at_once_after_an_upgrade_apply_the_new_migration_once()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        string latest;
        using (var installed = Portal(database))
        {
            installed.CreateClient();
            await using var db = installed.NewDbContext();
            var migrations = db.Database.GetMigrations().ToList();
            latest = migrations[^1];
            // The store as the previous release left it: the newest migration not yet applied.
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
            Assert.Contains(latest, await db.Database.GetPendingMigrationsAsync());
        }

        await StartTogetherAndCheckAsync(database);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = @id",
            connection
        );
        command.Parameters.AddWithValue("id", latest);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private static PortalFactory Portal(string database) =>
        new PortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:Portal", database);

    private static async Task StartTogetherAndCheckAsync(string database)
    {
        var portals = Enumerable.Range(0, Instances).Select(_ => Portal(database)).ToList();
        try
        {
            using var start = new Barrier(Instances);
            var clients = await Task.WhenAll(
                portals.Select(portal =>
                    Task.Run(() =>
                    {
                        start.SignalAndWait();
                        return portal.CreateClient();
                    })
                )
            );

            foreach (var client in clients)
            {
                var home = await client.GetAsync("/");
                Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
                var search = await client.GetStringAsync("/search?q=befriending");
                Assert.Contains("befriending", search, StringComparison.OrdinalIgnoreCase);
            }
            await using var db = portals[0].NewDbContext();
            Assert.Equal(40, await db.Studies.CountAsync());
            Assert.Equal(1, await db.Reviews.CountAsync());
            Assert.Empty(portals.SelectMany(p => p.ServerErrors));
        }
        finally
        {
            portals.ForEach(p => p.Dispose());
        }
    }
}
