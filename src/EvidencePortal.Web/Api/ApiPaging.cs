namespace EvidencePortal.Web.Api;

/// <summary>
/// page and pageSize read by hand, so a bad value is a 400 problem that says what is wrong rather than
/// a binding failure; a page past the end is a 404, as on /studies. An empty list has one empty page.
/// </summary>
public sealed record ApiPaging(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static (ApiPaging? Paging, IResult? Problem) Parse(string? page, string? pageSize)
    {
        var number = 1;
        var size = DefaultSize;
        if (page is not null && (!int.TryParse(page, out number) || number < 1))
        {
            return (null, BadRequest($"page must be a whole number, 1 or more (it was '{Shorten(page)}')."));
        }
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size < 1 || size > MaxSize))
        {
            return (
                null,
                BadRequest($"pageSize must be a whole number from 1 to {MaxSize} (it was '{Shorten(pageSize)}').")
            );
        }
        return (new ApiPaging(number, size), null);
    }

    /// <summary>The page, or a 404 problem when it lies past the last page.</summary>
    public IResult Answer<T>(HttpRequest request, IReadOnlyList<T> items, int total)
    {
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        if (Page > last)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page",
                detail: $"There is no page {Page}: with pageSize {PageSize} there are {last} page(s).");
        }
        string Link(int p) => $"{request.Path}?page={p}&pageSize={PageSize}";
        var links = new PageLinks(
            Link(Page),
            Link(1),
            Link(last),
            Page > 1 ? Link(Page - 1) : null,
            Page < last ? Link(Page + 1) : null
        );
        return TypedResults.Ok(new PageOf<T>(items, Page, PageSize, total, links));
    }

    public static IResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}",
            detail: $"There is no published {what} '{Shorten(id)}'.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query value", detail: detail);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
