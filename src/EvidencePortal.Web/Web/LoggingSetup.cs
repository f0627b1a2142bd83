using Serilog;

namespace EvidencePortal.Web.Web;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog configured from appsettings (section "Serilog"). Registered through the services
    /// overload so several test hosts in one process each get their own logger; the static Log.Logger is
    /// left alone for the same reason (nothing in the portal logs through it).
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }
}
