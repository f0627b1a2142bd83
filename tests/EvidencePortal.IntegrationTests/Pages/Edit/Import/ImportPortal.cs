using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>A portal for one test class's imports, with an editor signed in when a test first asks: imports add
/// drafts, so no other class shares it.</summary>
public sealed class ImportPortal : PortalFactory
{
    private Task<HttpClient>? editor;

    public Task<HttpClient> EditorAsync() => editor ??= EditorTestClient.SignInAsync(this);
}
