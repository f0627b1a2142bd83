using Microsoft.Playwright;

namespace EvidencePortal.BrowserTests;

/// <summary>
/// Waiting for the page a key press or click leads to. Playwright .NET's <c>WaitForURLAsync</c> checks the URL
/// and only then listens for navigations, so a navigation that commits in between is missed and the wait times
/// out (microsoft/playwright-dotnet#3364; it failed a CI run here about once in a few hundred navigations), and
/// <c>RunAndWaitForNavigationAsync</c>, which listens first, is obsolete. So this watches the page's URL, which
/// Playwright keeps up to date as navigations commit, and then waits for the new page to load.
/// </summary>
public static class Navigation
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the action, then waits until the page's URL ends with <paramref name="urlEnd"/> and it has
    /// loaded.</summary>
    public static Task RunAndWaitForUrlAsync(this IPage page, Func<Task> action, string urlEnd) =>
        page.RunAndWaitForUrlAsync(action, url => url.EndsWith(urlEnd, StringComparison.Ordinal));

    public static async Task RunAndWaitForUrlAsync(this IPage page, Func<Task> action, Func<string, bool> url)
    {
        await action();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException(
                    $"The page stayed at {page.Url} for {Timeout.TotalSeconds} s after the action, "
                        + "and never reached the URL expected."
                );
            }
            await Task.Delay(25);
        }
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
