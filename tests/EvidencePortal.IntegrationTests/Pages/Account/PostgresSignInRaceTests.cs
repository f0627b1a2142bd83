namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>The same races on PostgreSQL, where several instances share the lockout through the database.</summary>
public sealed class PostgresSignInRaceTests : SignInRaceTests, IClassFixture<PostgresSignInRaceTests.Portal>
{
    public PostgresSignInRaceTests(Portal portal) : base(portal)
    {
        if (!portal.HasServer)
        {
            Data.PostgresTestDatabase.RequireServer();
        }
    }

    public sealed class Portal : SocketPortal, IAsyncLifetime
    {
        public bool HasServer { get; private set; }

        public async ValueTask InitializeAsync()
        {
            // A fixture cannot skip its tests: without a server the test's constructor does.
            if (Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is null)
            {
                return;
            }
            With("Database:Provider", "Postgres");
            With("ConnectionStrings:Portal", await Data.PostgresTestDatabase.CreateAsync("portal_race"));
            HasServer = true;
        }

        ValueTask IAsyncDisposable.DisposeAsync() => base.DisposeAsync();
    }
}
