using System.Globalization;
using EvidencePortal.Web.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>A page of a public change log (a topic's or a review's), and what it says when it is empty.</summary>
public sealed record ChangeLogView(ChangeLogPage Log, string Href, string Empty)
{
    public PaginationView Pagination =>
        new(Log.Page, Log.PageCount, p => p == 1 ? Href : $"{Href}?page={p.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// The page of the log the address asks for (<paramref name="pageNumber"/>, null for the first), or the problem
    /// page: 400 for a number that is not one, 404 past the last page.
    /// </summary>
    public static async Task<(ChangeLogView? View, IActionResult? Problem)> LoadAsync(
        PageModel model,
        string href,
        string empty,
        string? pageNumber,
        Func<int, Task<ChangeLogPage>> load
    )
    {
        var number = 1;
        if (pageNumber is not null
            && !(int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1))
        {
            return (null, model.BadRequestPage("The page number must be a whole number, 1 or more.", href));
        }
        var log = await load(number);
        return log.Page > log.PageCount
            ? (null, model.NotFoundPageWithLink(
                $"There is no page {number}: this change log has {Plural.Count(log.PageCount, "page", "pages")}.",
                href, "Go to the first page"))
            : (new ChangeLogView(log, href, empty), null);
    }
}
