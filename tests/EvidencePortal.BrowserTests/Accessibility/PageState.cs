namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>
/// Every page and error state the accessibility tests visit: how to reach it in the browser, who must be
/// signed in (null: nobody), and the HTTP status the page should answer with. Editor states change only
/// drafts of records that no other browser test reads, so the public pages stay as imported.
/// </summary>
public sealed record PageState(string Name, string? Role, Func<PageStateContext, Task> Arrange, int Status = 200)
{
    /// <summary>A state reached by opening an address.</summary>
    public static PageState Get(string name, string url, int status = 200, string? role = null) =>
        new(name, role, c => c.GotoAsync(url), status);
}
