using EvidencePortal.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// The framework's health checks for load balancers and service managers (GET or HEAD): /health is readiness, 200 once
/// the store answers with content in it, 503 while it does not; /health/live is liveness, 200 while the process serves.
/// </summary>
public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddPortalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("store", tags: [Ready],
            customTestQuery: (db, cancellationToken) => db.Reviews.AnyAsync(cancellationToken));
        return services;
    }

    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }
}
