using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>
/// 404 and 400 answers that say what went wrong. The message travels in HttpContext.Items to the
/// re-executed /error/{code} page (UseStatusCodePagesWithReExecute keeps the same HttpContext).
/// </summary>
public static class ProblemPages
{
    public sealed record Problem(string Message, string? SuggestedHref, string? SuggestedText);

    private const string Key = "EvidencePortal.Problem";

    public static IActionResult NotFoundPage(this PageModel page, string what, string? id) =>
        Answer(page.HttpContext, StatusCodes.Status404NotFound, new Problem(
            $"There is no published {what} called '{Shorten(id)}'. It may have been renamed or withdrawn.",
            what == "study" ? "/studies" : "/", what == "study" ? "Browse all studies" : "Go to the home page"));

    public static IActionResult BadRequestPage(this PageModel page, string message, string? suggestedHref = null) =>
        Answer(page.HttpContext, StatusCodes.Status400BadRequest,
            new Problem(message, suggestedHref, suggestedHref is null ? null : "Start again without the bad value"));

    public static IActionResult NotFoundPageWithLink(
        this PageModel page,
        string message,
        string href,
        string linkText
    ) => Answer(page.HttpContext, StatusCodes.Status404NotFound, new Problem(message, href, linkText));

    public static IActionResult ConflictPage(this PageModel page, string message, string href) =>
        Answer(page.HttpContext, StatusCodes.Status409Conflict, new Problem(message, href, "Open the record again"));

    public static Problem? ProblemFor(HttpContext context) => context.Items[Key] as Problem;

    private static StatusCodeResult Answer(HttpContext context, int status, Problem problem)
    {
        Remember(context, problem);
        return new StatusCodeResult(status);
    }

    /// <summary>For middleware that answers an error itself: the re-executed error page shows this problem.</summary>
    public static void Remember(HttpContext context, Problem problem) => context.Items[Key] = problem;

    private static string Shorten(string? value) =>
        value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";
}
