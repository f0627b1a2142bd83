using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Import;
using EvidencePortal.Web.Web;

var builder = WebApplication.CreateBuilder(args);

// Serve wwwroot (and its precompressed copies) from build output in any environment, not only
// Development; published output has no such manifest and this is then a no-op.
builder.WebHost.UseStaticWebAssets();

builder.AddPortalLogging();
builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalContent(builder.Configuration);
builder.Services.AddPortalAccounts();
builder.Services.AddPortalHistory();
builder.Services.AddPortalEditing();
builder.Services.AddPortalImport();
builder.Services.AddPortalCaching();
builder.Services.AddPortalWeb();

var app = builder.Build();

await app.PreparePortalStoreAsync();

app.UsePortalPipeline();
app.MapPortalEndpoints();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
