namespace EvidencePortal.Web.History;

public static class HistorySetup
{
    public static IServiceCollection AddPortalHistory(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<PublicChangeLog>();
        return services;
    }
}
