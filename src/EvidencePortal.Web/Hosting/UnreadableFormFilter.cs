using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EvidencePortal.Web.Hosting;

/// <summary>
/// Reads a posted form once authorization has let the request through and the page's own size limits are in place
/// (they run at order 900), just before antiforgery (1000) would. ASP.NET Core refuses a form with a NUL character,
/// broken multipart or a body over the limit by throwing; here that is a 400 or 413 page saying what went wrong.
/// An anonymous post to an editor's page is refused by authorization before this, its body never read.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception error) when (error is InvalidDataException or BadHttpRequestException or IOException)
        {
            var tooLarge = error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
            ProblemPages.Remember(
                context.HttpContext,
                new ProblemPages.Problem(
                    tooLarge
                        ? "What you sent is larger than the portal accepts: "
                            + "a file to import must be smaller than 20 MB. Nothing was saved."
                        : "What you sent could not be read: it contains characters the portal does not accept "
                            + "(such as a null character) or is larger than allowed. Nothing was saved. "
                            + "Go back, remove the unusual characters and try again.",
                    request.PathBase + request.Path,
                    tooLarge ? "Go back and choose a smaller file" : "Go back to the page"
                )
            );
            context.Result = new StatusCodeResult(
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest
            );
        }
    }
}
