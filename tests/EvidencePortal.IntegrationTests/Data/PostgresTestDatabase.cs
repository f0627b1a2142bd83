using Npgsql;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server .ci/test starts (PORTAL_TEST_POSTGRES). Where no
/// server is configured the test skips, except under .ci/test (PORTAL_REQUIRE_POSTGRES=1), where it fails.
/// </summary>
public static class PostgresTestDatabase
{
    public static async Task<string> CreateAsync(string prefix = "portal")
    {
        var server = RequireServer();
        var name = $"{prefix}_{Guid.NewGuid().ToString("N")[..12]}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The server's connection string; skips the test (fails it under .ci/test) when there is none.</summary>
    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES");
        if (server is null)
        {
            Assert.False(
                Environment.GetEnvironmentVariable("PORTAL_REQUIRE_POSTGRES") == "1",
                "PORTAL_TEST_POSTGRES is not set"
            );
            Assert.Skip("No PostgreSQL server configured: run the tests with .ci/test.");
        }
        return server;
    }
}
