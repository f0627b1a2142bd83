namespace EvidencePortal.Web.Web;

/// <summary>
/// Reads a posted form up front. ASP.NET Core refuses forms with null characters or broken encoding
/// by throwing deep inside model binding, which would surface as a 500; here it becomes a 400 with a
/// message. The parsed form is cached, so pages and antiforgery read it without a second parse.
/// </summary>
public sealed class MalformedFormGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception error) when (error is InvalidDataException or BadHttpRequestException or IOException)
            {
                ProblemPages.Remember(context, new ProblemPages.Problem(
                    "What you sent could not be read: it contains characters the portal does not accept (such as a null character) "
                    + "or is larger than allowed. Nothing was saved. Go back, remove the unusual characters and try again.", null, null));
                context.Response.StatusCode = error is BadHttpRequestException { StatusCode: 413 } ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                // The error page is re-executed with this same request: make sure nothing tries to read the bad form again.
                context.Request.Headers.ContentType = "text/plain";
                context.Request.Body = Stream.Null;
                return;
            }
        }
        await next(context);
    }
}
