using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Errors;

/// <summary>Every error answer in the portal's own look: 400, 403, 404, 405, 500 and the rest.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class StatusModel : PageModel, IPortalPage
{
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
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        if (!reExecuted && code is null)
        {
            Code = 500;
        }
        var problem = ProblemPages.ProblemFor(HttpContext);
        (Heading, Message) = Code switch
        {
            400 => ("There is a problem with that address", "Part of the address or one of its values is not one the portal understands."),
            403 => ("You do not have access to this page", "Your account does not have the role this page needs. Ask an administrator if you think it should."),
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."),
            405 => ("That action is not allowed here", "This page cannot be used in that way."),
            409 => ("Someone else changed this first", "The record changed while you were working on it."),
            413 => ("That is too large", "What you sent is larger than the portal accepts."),
            429 => ("Too many attempts", "Please wait a minute and try again."),
            _ => ("Sorry, there is a problem with the service", "Try again later. What you were doing has not been saved unless you saw a message saying it was."),
        };
        if (problem is not null)
        {
            Message = problem.Message;
            SuggestedHref = problem.SuggestedHref;
            SuggestedText = problem.SuggestedText;
        }
        if (reExecuted || code is not null)
        {
            Response.StatusCode = Code;
        }
    }
}
