using System.Runtime.InteropServices;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data.SqliteStatements;
using Microsoft.Data.Sqlite;

namespace EvidencePortal.IntegrationTests.Data;

/// <summary>
/// The prepared-statement cache under Microsoft.Data.Sqlite (Data/SqliteStatements): a command run again on a
/// connection reuses its statement, and nothing a command sees changes because of it: parameters, errors, a schema
/// changed under it, two readers of one text, functions replaced, a connection closed. On a real SQLite file.
/// </summary>
public sealed class SqliteStatementCacheTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"portal-statements-{Guid.NewGuid():N}.db");

    public SqliteStatementCacheTests() => SqliteStatementCache.Install();

    public void Dispose()
    {
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString(pooling: true)));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private string ConnectionString(bool pooling) => $"Data Source={path};Pooling={pooling}";

    private SqliteConnection Open(bool pooling = true)
    {
        var connection = new SqliteConnection(ConnectionString(pooling));
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command.ExecuteScalar();
    }

    [Fact]
    public void ACommandRunAgain_ReusesItsStatement_WithTheNewParameters()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE Person (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL);");
        Execute(connection, "INSERT INTO Person (Id, Name) VALUES (1, 'Ada'), (2, 'Grace');");
        const string byId = "SELECT Name FROM Person WHERE Id = $id;";

        var before = StatementCachingProvider.Counts.Reused;
        Assert.Equal("Ada", Scalar(connection, byId, ("$id", 1)));
        Assert.Equal("Grace", Scalar(connection, byId, ("$id", 2)));
        Assert.Null(Scalar(connection, byId, ("$id", 3)));

        Assert.True(StatementCachingProvider.Counts.Reused - before >= 2, "the second and third runs reused the first's statement");
        Assert.Equal(1, NativeStatements(connection).Count(sql => sql == byId));
    }

    [Fact]
    public void AStatementWhoseRunFailed_RunsCleanlyNextTime()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE Tag (Name TEXT PRIMARY KEY);");
        const string insert = "INSERT INTO Tag (Name) VALUES ($name);";

        Scalar(connection, insert, ("$name", "loneliness"));
        var error = Assert.Throws<SqliteException>(() => Scalar(connection, insert, ("$name", "loneliness")));
        Assert.Contains("UNIQUE constraint failed", error.Message, StringComparison.Ordinal);
        Scalar(connection, insert, ("$name", "befriending"));

        Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM Tag;"));
    }

    [Fact]
    public void ASchemaChangedByAnotherConnection_IsSeenByAKeptStatement()
    {
        using var reader = Open();
        Execute(reader, "CREATE TABLE Study (Id INTEGER PRIMARY KEY);");
        Execute(reader, "INSERT INTO Study (Id) VALUES (1);");
        const string select = "SELECT * FROM Study;";
        Assert.Equal(1, ColumnCount(reader, select));

        using (var migrator = Open(pooling: false))
        {
            Execute(migrator, "ALTER TABLE Study ADD COLUMN Title TEXT NOT NULL DEFAULT 'Befriending';");
        }

        Assert.Equal(2, ColumnCount(reader, select));
        Assert.Equal("Befriending", Scalar(reader, "SELECT Title FROM Study WHERE Id = 1;"));
    }

    private static int ColumnCount(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return reader.FieldCount;
    }

    [Fact]
    public void TwoReadersOfTheSameText_OnOneConnection_EachReadTheirOwnRows()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE N (V INTEGER);");
        Execute(connection, "INSERT INTO N (V) VALUES (1), (2), (3);");
        const string select = "SELECT V FROM N WHERE V >= $from ORDER BY V;";

        var pairs = new List<(long, long)>();
        for (var round = 0; round < 2; round++)
        {
            using var outer = connection.CreateCommand();
            outer.CommandText = select;
            outer.Parameters.AddWithValue("$from", 1);
            using var outerRows = outer.ExecuteReader();
            while (outerRows.Read())
            {
                using var inner = connection.CreateCommand();
                inner.CommandText = select;
                inner.Parameters.AddWithValue("$from", outerRows.GetInt64(0) + 1);
                using var innerRows = inner.ExecuteReader();
                while (innerRows.Read())
                {
                    pairs.Add((outerRows.GetInt64(0), innerRows.GetInt64(0)));
                }
            }
        }

        (long, long)[] once = [(1, 2), (1, 3), (2, 3)];
        Assert.Equal([.. once, .. once], pairs);
    }

    [Fact]
    public void AFunctionRegisteredAgain_OnAPooledConnection_IsTheOneCalled()
    {
        for (var offset = 1; offset <= 3; offset++)
        {
            using var connection = Open();
            var captured = offset;
            connection.CreateFunction("add_offset", (long value) => value + captured);
            Assert.Equal(10L + offset, Scalar(connection, "SELECT add_offset(10);"));
        }
    }

    [Fact]
    public void TheSameFunctionRegisteredAtEveryOpen_KeepsTheStatementsPrepared()
    {
        const string select = "SELECT twice(21);";
        for (var round = 0; round < 3; round++)
        {
            using var connection = Open();
            connection.CreateFunction("twice", (long value) => value * 2);
            var before = StatementCachingProvider.Counts.Reused;
            Assert.Equal(42L, Scalar(connection, select));
            if (round > 0)
            {
                Assert.True(StatementCachingProvider.Counts.Reused > before, $"round {round} reused the statement");
            }
        }
    }

    [Fact]
    public void MoreTextsThanItKeeps_PushOutTheOldest_AndEveryQueryStillAnswers()
    {
        using var connection = Open();
        var texts = Enumerable.Range(0, ConnectionStatements.Capacity + 10).Select(i => $"SELECT {i} AS n;").ToList();
        foreach (var round in new[] { 0, 1 })
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.Equal((long)i, Scalar(connection, texts[i]));
            }
        }

        Assert.InRange(NativeStatements(connection).Count, 1, ConnectionStatements.Capacity);
        Assert.Contains(texts[^1], NativeStatements(connection));
        Assert.DoesNotContain(texts[0], NativeStatements(connection));
    }

    [Fact]
    public void ClosingAConnection_FinalisesWhatItKept()
    {
        var connection = Open(pooling: false);
        Execute(connection, "CREATE TABLE T (V INTEGER);");
        Scalar(connection, "SELECT count(*) FROM T;");
        var handle = connection.Handle!;
        Assert.NotEmpty(NativeStatements(connection));

        connection.Close();

        // A connection closed with statements still open would stay alive as a zombie, holding the file.
        Assert.True(handle.IsClosed);
        File.Delete(path);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task TheStudyPage_ReusesItsStatements_AndIsTheSamePageEachTime()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var list = await client.GetStringAsync("/studies");
        var slug = System.Text.RegularExpressions.Regex.Match(list, "href=\"/studies/([a-z0-9-]+)\"").Groups[1].Value;
        Assert.NotEmpty(slug);

        // Past the output cache, as a page an editor just published is built.
        var first = await UncachedAsync(client, $"/studies/{slug}");
        var before = StatementCachingProvider.Counts.Reused;
        string? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await UncachedAsync(client, $"/studies/{slug}");
        }

        Assert.Equal(first, last);
        Assert.True(StatementCachingProvider.Counts.Reused - before >= 10, "each page's two queries reused their statements");
    }

    private static async Task<string> UncachedAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        // The output cache never serves or stores a request with credentials; the portal ignores this one.
        request.Headers.Authorization = new("Bench", "no-cache");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        // The page carries a per-request CSP nonce and antiforgery token; the evidence is what must not change.
        return System.Text.RegularExpressions.Regex.Replace(html, "(nonce|value)=\"[^\"]*\"", "$1=\"\"");
    }

    /// <summary>The SQL of every statement SQLite holds open on this connection.</summary>
    private static List<string> NativeStatements(SqliteConnection connection)
    {
        var db = connection.Handle!.DangerousGetHandle();
        var texts = new List<string>();
        for (var stmt = Native.sqlite3_next_stmt(db, IntPtr.Zero); stmt != IntPtr.Zero; stmt = Native.sqlite3_next_stmt(db, stmt))
        {
            texts.Add(Marshal.PtrToStringUTF8(Native.sqlite3_sql(stmt)) ?? "");
        }
        return texts;
    }

#pragma warning disable SYSLIB1054 // blittable signatures; LibraryImport's generated code needs unsafe blocks
    private static class Native
    {
        [DllImport("e_sqlite3", ExactSpelling = true)]
        public static extern IntPtr sqlite3_next_stmt(IntPtr db, IntPtr stmt);

        [DllImport("e_sqlite3", ExactSpelling = true)]
        public static extern IntPtr sqlite3_sql(IntPtr stmt);
    }
#pragma warning restore SYSLIB1054
}
