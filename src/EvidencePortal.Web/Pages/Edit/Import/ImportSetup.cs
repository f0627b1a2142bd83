namespace EvidencePortal.Web.Pages.Edit.Import;

public static class ImportSetup
{
    /// <summary>RIS and CSV import: the queue confirmed imports wait in, and the one worker that runs them.</summary>
    public static IServiceCollection AddPortalImport(this IServiceCollection services)
    {
        services.AddSingleton<ImportChannel>();
        services.AddScoped<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
