using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Api;
using EvidencePortal.Web.Commands;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Feed;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Hosting;
using EvidencePortal.Web.Pages.Edit.Import;
using EvidencePortal.Web.Pages.Search;

// Host settings go to the host, a command's words to the command (a path such as /data/content is never a setting).
var (hostArgs, command) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

// Serve wwwroot (and its precompressed copies) from build output in any environment, not only
// Development; published output has no such manifest and this is then a no-op.
builder.WebHost.UseStaticWebAssets();

builder.AddPortalLogging();
builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalContent(builder.Configuration);
builder.Services.AddPortalAccounts(builder.Configuration);
builder.Services.AddPortalHistory();
builder.Services.AddPortalEditing();
builder.Services.AddPortalImport();
builder.Services.AddPortalCaching();
builder.Services.AddPortalPipeline();
builder.Services.AddPortalPublicAddress(builder.Configuration);
builder.Services.AddPortalTransportSecurity(builder.Configuration);
builder.Services.AddPortalSearch();
builder.Services.AddPortalApi();

// Disposed on every way out (a command's end, a failed start-up, shutdown): that disposes the logger, which writes
// what its Async sink still holds.
await using var app = builder.Build();

// `-- users add EMAIL --role editor` and the other maintenance commands bring the schema up to date but never
// import content on their own (`content import` decides that); they run here, then the process exits.
if (command.Length > 0)
{
    await app.RunCommandAsync(command, () => app.PreparePortalStoreAsync(importContent: false));
    return;
}

// The store is brought up to date (and content/ imported into an empty one) on another thread while the
// pipeline and endpoints are built, which touch no data, so a cold start waits for the slower of the two only.
var storeReady = Task.Run(async () =>
{
    await app.PreparePortalStoreAsync();
    await app.PrepareSearchIndexAsync();
});

app.UsePortalPipeline();
app.MapPortalEndpoints();
app.MapPortalApi();
app.MapPortalFeed();

await storeReady;
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
