namespace EvidencePortal.Web.Pages.Edit.Import;

public static class ImportSetup
{
    /// <summary>RIS and CSV import: the queue confirmed imports wait in, the one worker that runs them, and the
    /// leases that say which instance is running which.</summary>
    public static IServiceCollection AddPortalImport(this IServiceCollection services)
    {
        services.AddSingleton<ImportChannel>();
        services.AddSingleton<ImportLeases>();
        services.AddScoped<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
