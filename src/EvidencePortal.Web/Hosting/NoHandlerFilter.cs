using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// Razor Pages renders a page even when no handler matches the request (a PUT, TRACE or DELETE, or a POST
/// naming a handler the page does not have): its model is then never loaded and the view fails with a 500.
/// Such requests get 405 instead, with the methods the page does answer; an unsafe one without a valid
/// antiforgery token gets 400 first, as it would on a page that has the handler.
/// </summary>
public sealed class NoHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            var request = context.HttpContext.Request;
            var safe = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
                || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method);
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!safe && !await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
            var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())
                .Append("HEAD").Distinct().Order(StringComparer.Ordinal);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
