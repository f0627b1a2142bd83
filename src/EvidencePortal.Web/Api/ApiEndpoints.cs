using System.Text.Encodings.Web;
using System.Text.Unicode;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Api;

/// <summary>
/// /api/v1: read-only JSON of published reviews, topics, studies (with findings) and findings, paged
/// (page, pageSize up to 100), described at /openapi/v1.json. Bad values are 400 and unknown slugs or
/// pages past the end 404, both as problem details.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>
    /// The OpenAPI document describes the JSON API only, not the portal's other endpoints. ASP.NET Core writes JSON
    /// with the relaxed encoder (&lt; and &gt; as they are); here they, &amp; and quotes are \u escapes, so editors'
    /// text stays inert even when someone pastes the JSON into a page. Other characters are written as they are.
    /// </summary>
    public static IServiceCollection AddPortalApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)
        );
        return services.AddOpenApi(o =>
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true
        );
    }

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1").WithTags("Evidence");

        api.MapGet(
                "/reviews",
                (PortalDbContext db, HttpRequest request, string? page, string? pageSize, CancellationToken ct) =>
                    ListAsync(request, page, pageSize, ApiQueries.Reviews(db, Site(request)), ct)
            )
            .Produces<PageOf<ReviewDto>>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapGet(
            "/reviews/{slug}",
            async Task<Results<Ok<ReviewDto>, ProblemHttpResult>> (
                PortalDbContext db,
                HttpRequest request,
                string slug,
                CancellationToken ct
            ) => One(await ApiQueries.Reviews(db, Site(request), slug).FirstOrDefaultAsync(ct), "review", slug)
        );

        api.MapGet(
                "/topics",
                (PortalDbContext db, HttpRequest request, string? page, string? pageSize, CancellationToken ct) =>
                    ListAsync(request, page, pageSize, ApiQueries.Topics(db, Site(request)), ct)
            )
            .Produces<PageOf<TopicDto>>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapGet(
            "/topics/{slug}",
            async Task<Results<Ok<TopicDto>, ProblemHttpResult>> (
                PortalDbContext db,
                HttpRequest request,
                string slug,
                CancellationToken ct
            ) => One(await ApiQueries.Topics(db, Site(request), slug).FirstOrDefaultAsync(ct), "topic", slug)
        );

        api.MapGet(
                "/studies",
                async (PortalDbContext db, HttpRequest request, string? page, string? pageSize, CancellationToken ct) =>
                {
                    var (paging, problem) = ApiPaging.Parse(page, pageSize);
                    if (paging is null)
                    {
                        return problem!;
                    }
                    var studies = db.Studies.AsNoTracking().Live();
                    var total = await studies.CountAsync(ct);
                    var items = await ApiQueries.StudiesAsync(
                        db,
                        studies.OrderBy(s => s.Year).ThenBy(s => s.Slug).Skip(paging.Skip).Take(paging.PageSize),
                        Site(request),
                        ct
                    );
                    return paging.Answer(request, items, total);
                }
            )
            .Produces<PageOf<StudyDto>>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapGet(
            "/studies/{slug}",
            async Task<Results<Ok<StudyDto>, ProblemHttpResult>> (
                PortalDbContext db,
                HttpRequest request,
                string slug,
                CancellationToken ct
            ) =>
                One(
                    (
                        await ApiQueries.StudiesAsync(
                            db,
                            db.Studies.AsNoTracking().Live().Where(s => s.Slug == slug),
                            Site(request),
                            ct
                        )
                    ).FirstOrDefault(),
                    "study",
                    slug
                )
        );

        api.MapGet(
                "/findings",
                async (PortalDbContext db, HttpRequest request, string? page, string? pageSize, CancellationToken ct) =>
                {
                    var (paging, problem) = ApiPaging.Parse(page, pageSize);
                    if (paging is null)
                    {
                        return problem!;
                    }
                    // The evidence summary holds the study, intervention and outcome of every live finding: counted
                    // and paged through it and the findings' (StudyId, Order, Id) index, with no join of every
                    // finding to its study, intervention, topic and outcome; only the page shown is read whole.
                    var live = db.Findings.Where(f => db.StudyCells.Any(c =>
                        c.StudyId == f.StudyId && c.InterventionId == f.InterventionId && c.OutcomeId == f.OutcomeId));
                    var total = await db.StudyCells.SumAsync(c => (int?)c.Findings, ct) ?? 0;
                    var ids = await live.OrderBy(f => f.StudyId).ThenBy(f => f.Order).ThenBy(f => f.Id)
                        .Skip(paging.Skip).Take(paging.PageSize).Select(f => f.Id).ToListAsync(ct);
                    var items = await ApiQueries.Findings(db, f => ids.Contains(f.Id)).ToListAsync(ct);
                    return paging.Answer(request, items, total);
                }
            )
            .Produces<PageOf<FindingDto>>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        api.MapGet(
            "/findings/{id}",
            async Task<Results<Ok<FindingDto>, ProblemHttpResult>> (
                PortalDbContext db,
                string id,
                CancellationToken ct
            ) =>
                int.TryParse(id, out var number)
                    ? One(await ApiQueries.Findings(db, f => f.Id == number).FirstOrDefaultAsync(ct), "finding", id)
                    : TypedResults.Problem(statusCode: 400, title: "Bad id", detail: "A finding id is a whole number.")
        );
        return app;
    }

    private static async Task<IResult> ListAsync<T>(
        HttpRequest request,
        string? page,
        string? pageSize,
        IQueryable<T> query,
        CancellationToken ct
    )
    {
        var (paging, problem) = ApiPaging.Parse(page, pageSize);
        if (paging is null)
        {
            return problem!;
        }
        var total = await query.CountAsync(ct);
        var items = await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return paging.Answer(request, items, total);
    }

    private static Results<Ok<T>, ProblemHttpResult> One<T>(T? item, string what, string id) where T : class =>
        item is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"No such {what}",
                detail: $"There is no published {what} '{(id.Length <= 40 ? id : id[..40] + "…")}'."
            )
            : TypedResults.Ok(item);

    private static string Site(HttpRequest request) => request.SiteAddress();
}
