using System.Text;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>
/// A portal whose imports wait at a gate before saving each chunk of drafts (an EF interceptor, test-side only), so
/// "part-way" is a state a test controls rather than a race it hopes to win.
/// </summary>
public sealed class GatedPortal : PortalFactory
{
    public SemaphoreSlim Gate { get; } = new(0);

    /// <summary>A RIS file of made-up references, each new to the store.</summary>
    public static byte[] References(int count, string prefix)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            text.Append(
                $"TY  - JOUR\nAU  - Testauthor, {prefix}{i}\nTI  - Test study {prefix} {i}\n"
                    + $"PY  - {1990 + (i % 30)}\nDO  - 10.5555/{prefix}.{i}\nER  - \n\n"
            );
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The store's options are registered for the context class the provider uses: either may be in use.
        builder.ConfigureTestServices(services =>
        {
            var gate = new ChunkGate(Gate);
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(gate));
            services.ConfigureDbContext<PostgresPortalDbContext>(options => options.AddInterceptors(gate));
        });
    }

    /// <summary>Waits at the gate before saving new draft studies (content import at start-up adds published
    /// ones).</summary>
    private sealed class ChunkGate(SemaphoreSlim gate) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            if (
                eventData
                    .Context!.ChangeTracker.Entries<Study>()
                    .Any(e => e.State == EntityState.Added && e.Entity.Status == PublicationStatus.Draft)
            )
            {
                await gate.WaitAsync(cancellationToken);
            }
            return result;
        }
    }
}
