using EvidencePortal.IntegrationTests.Hosting;
using EvidencePortal.Tests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages;

/// <summary>A page as <see cref="StateChangingHandlerTests"/> posts to it: its address, what Razor Pages compiled,
/// and its handlers.</summary>
public sealed record PageUnderTest(
    string Url,
    CompiledPageActionDescriptor Descriptor,
    Type Model,
    IReadOnlyList<HandlerMethodDescriptor> Handlers
)
{
    /// <summary>Each page once (at its shortest address), compiled, with its handlers for any method but GET.</summary>
    public static async Task<List<PageUnderTest>> AllAsync(PortalFactory portal)
    {
        var loader = portal.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageUnderTest>();
        foreach (var route in (await RouteSamples.AllAsync(portal)).OrderBy(r => r.Url.Length))
        {
            if (route.Endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor
                || pages.Any(p => p.Descriptor.ViewEnginePath == descriptor.ViewEnginePath))
            {
                continue;
            }
            var compiled = await loader.LoadAsync(descriptor, route.Endpoint.Metadata);
            var handlers = compiled
                .HandlerMethods.Where(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase))
                .ToList();
            pages.Add(new PageUnderTest(route.Url, compiled, compiled.ModelTypeInfo!.AsType(), handlers));
        }
        Assert.Contains(pages, p => p.Descriptor.ViewEnginePath == "/Account/Logout");
        return pages;
    }
}
