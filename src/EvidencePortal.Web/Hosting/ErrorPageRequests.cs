using Microsoft.AspNetCore.Diagnostics;

namespace EvidencePortal.Web.Hosting;

public static class ErrorPageRequests
{
    /// <summary>
    /// The error page, run again for a failed request, never reads what was posted: that may be the very form that
    /// could not be read (see <see cref="UnreadableFormFilter"/>), and the page needs nothing from it.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesIgnorePostedBodies(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                if (
                    context.Features.Get<IExceptionHandlerFeature>() is not null
                    || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                )
                {
                    context.Request.Headers.ContentType = "text/plain";
                    context.Request.Body = Stream.Null;
                }
                return next(context);
            }
        );
}
