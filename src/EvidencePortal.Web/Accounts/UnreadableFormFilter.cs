using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// A posted form ASP.NET Core cannot read (a NUL in a value, a value over 4 MB, too many fields) would
/// otherwise throw in the antiforgery check and again when the error page re-binds the same request,
/// ending as a 500. This reads the form first; if it is unreadable, the request continues with an empty
/// form, so it fails the antiforgery check like any tampered post: a 400 with the portal's page.
/// Runs before antiforgery (order 1000). Guards every page's forms, the sign-in pages' first of all.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType)
        {
            return;
        }
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<UnreadableFormFilter>()
                .LogWarning("Refused a form that could not be read: {Reason}", e.Message);
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        }
    }
}
