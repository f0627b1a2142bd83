using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Errors;

/// <summary>
/// Every error answer in the portal's own look: 400, 403, 404, 405, 500 and the rest. Reached by re-execution (a status
/// code, an exception) or directly, as /error/403 is by a signed-in editor without the role; a direct visit to any
/// other address here is a page that does not exist (404), never a 500.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class StatusModel : PageModel, IPortalPage
{
    private static readonly HashSet<int> ShownDirectly = [400, 403, 404, 405, 409, 413, 429];

    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? SuggestedHref { get; private set; }
    public string? SuggestedText { get; private set; }

    public string PageTitle => Heading;

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var reExecuted = exception is not null || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Code = reExecuted ? code ?? Response.StatusCode
            : code is { } asked && ShownDirectly.Contains(asked) ? asked
            : StatusCodes.Status404NotFound;
        (Heading, Message) = Code switch
        {
            400 => (
                "There is a problem with that address",
                "Part of the address or one of its values is not one the portal understands."
            ),
            403 => (
                "You do not have access to this page",
                "Your account does not have the role this page needs. Ask an administrator if you think it should."
            ),
            404 => (
                "Page not found",
                "If you typed the web address, check it is correct. "
                    + "If you pasted it, check you copied the entire address."
            ),
            405 => ("That action is not allowed here", "This page cannot be used in that way."),
            409 => ("Someone else changed this first", "The record changed while you were working on it."),
            413 => ("That is too large", "What you sent is larger than the portal accepts. Nothing was saved."),
            429 => ("Too many attempts", "Please wait a minute and try again."),
            _ => (
                "Sorry, there is a problem with the service",
                "Try again later. What you were doing has not been saved unless you saw a message saying it was."
            ),
        };
        if (ProblemPages.ProblemFor(HttpContext) is { } problem)
        {
            (Message, SuggestedHref, SuggestedText) = (problem.Message, problem.SuggestedHref, problem.SuggestedText);
        }
        Response.StatusCode = Code;
    }
}
