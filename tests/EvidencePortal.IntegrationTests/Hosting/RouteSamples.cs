using EvidencePortal.Tests;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Hosting;

/// <summary>
/// Every route the portal maps, read from its EndpointDataSource, each with one real address: literal
/// routes as they are, routes with parameters filled from real records. A new route with parameters
/// makes the tests that use this fail until it is given a sample here.
/// </summary>
public static class RouteSamples
{
    public sealed record Route(RouteEndpoint Endpoint, string Url)
    {
        public bool AllowsGet =>
            Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is not { } methods
            || methods.Contains("GET");
    }

    public static async Task<List<Route>> AllAsync(PortalFactory portal)
    {
        var samples = await SamplesAsync(portal);
        var routes = new List<Route>();
        var missing = new List<string>();
        foreach (
            var endpoint in portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        )
        {
            var pattern = (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.RoutePattern.Parameters.Count == 0)
            {
                routes.Add(new Route(endpoint, "/" + pattern));
            }
            else if (samples.TryGetValue(pattern, out var url))
            {
                routes.Add(new Route(endpoint, url));
            }
            else
            {
                missing.Add(pattern);
            }
        }
        Assert.True(
            missing.Count == 0,
            "Give these routes a sample address in RouteSamples: " + string.Join(", ", missing)
        );
        return routes;
    }

    private static async Task<Dictionary<string, string>> SamplesAsync(PortalFactory portal)
    {
        await using var db = portal.NewDbContext();
        var study = await db
            .Studies.Where(s => s.DraftOfId == null)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Slug })
            .FirstAsync();
        var topic = await db
            .Topics.Where(s => s.DraftOfId == null)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Slug })
            .FirstAsync();
        var review = await db
            .Reviews.Where(s => s.DraftOfId == null)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Slug })
            .FirstAsync();
        var intervention = await db
            .Interventions.Where(s => s.DraftOfId == null)
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .FirstAsync();
        var outcome = await db
            .Outcomes.Where(s => s.DraftOfId == null)
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .FirstAsync();
        var finding = await db.Findings.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        // A store may hold no import yet: an unknown batch's address must then answer as well as a real one.
        var importBatch = await db.ImportBatches.OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync() ?? 1;
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["reviews/{slug}"] = $"/reviews/{review.Slug}",
            ["reviews/{slug}/print"] = $"/reviews/{review.Slug}/print",
            ["reviews/{slug}/changes"] = $"/reviews/{review.Slug}/changes",
            ["topics/{slug}"] = $"/topics/{topic.Slug}",
            ["topics/{slug}/changes"] = $"/topics/{topic.Slug}/changes",
            ["studies/{id}"] = $"/studies/{study.Slug}",
            ["studies/{id}.{format:regex(^(ris|bib)$)}"] = $"/studies/{study.Slug}.ris",
            ["error/{code:int?}"] = "/error/404",
            ["edit/studies/{id}"] = $"/edit/studies/{study.Id}",
            ["edit/studies/{id:int}/preview"] = $"/edit/studies/{study.Id}/preview",
            ["edit/topics/{id}"] = $"/edit/topics/{topic.Id}",
            ["edit/topics/{id:int}/preview"] = $"/edit/topics/{topic.Id}/preview",
            ["edit/reviews/{id}"] = $"/edit/reviews/{review.Id}",
            ["edit/reviews/{id:int}/preview"] = $"/edit/reviews/{review.Id}/preview",
            ["edit/interventions/{id}"] = $"/edit/interventions/{intervention}",
            ["edit/outcomes/{id}"] = $"/edit/outcomes/{outcome}",
            ["edit/import/{id:int}"] = $"/edit/import/{importBatch}",
            ["edit/history/{type}/{id:int}"] = $"/edit/history/study/{study.Id}",
            ["edit/delete/{type}/{id:int}"] = $"/edit/delete/study/{study.Id}",
            ["api/v1/reviews/{slug}"] = $"/api/v1/reviews/{review.Slug}",
            ["api/v1/topics/{slug}"] = $"/api/v1/topics/{topic.Slug}",
            ["api/v1/studies/{slug}"] = $"/api/v1/studies/{study.Slug}",
            ["api/v1/findings/{id}"] = $"/api/v1/findings/{finding}",
            ["openapi/{documentName}.json"] = "/openapi/v1.json",
            // Static web assets' fallback for files added to wwwroot after the build.
            ["{**path:file}"] = "/css/added-after-the-build.css",
        };
    }
}
