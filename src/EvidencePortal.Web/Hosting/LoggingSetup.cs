using Serilog;

namespace EvidencePortal.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog configured from appsettings (section "Serilog"). Registered through the services
    /// overload so several test hosts in one process each get their own logger; the static Log.Logger is
    /// left alone for the same reason (nothing in the portal logs through it). The logger belongs to the host's
    /// services, which dispose it when the host is disposed, so the Async sink's queue is written out then.
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
