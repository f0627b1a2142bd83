using System.Net;
using AngleSharp.Html.Dom;

namespace EvidencePortal.Bench.Portal;

/// <summary>The topic edit page's forms as an editor uses them: save a draft, then publish it.</summary>
public static class EditorPages
{
    public const string SaveForm = "form[action*='handler=Save']";
    public const string PublishForm = "form[action*='handler=Publish']";

    /// <summary>The edit address of the topic with this slug, found through the editors' list.</summary>
    public static async Task<string> TopicEditPathAsync(PortalClient editor, string slug)
    {
        var (_, list) = await editor.LoadAsync("/edit/topics");
        foreach (var link in list.QuerySelectorAll("main table a[href^='/edit/topics/']").OfType<IHtmlAnchorElement>())
        {
            var path = new Uri(link.Href).AbsolutePath;
            var (_, page) = await editor.LoadAsync(path);
            if ((page.QuerySelector("[name='Input.Slug']") as IHtmlInputElement)?.Value == slug)
            {
                return path;
            }
        }
        throw new InvalidOperationException($"No topic with the address '{slug}' in /edit/topics.");
    }

    /// <summary>Saves the key message into a draft; true when the portal acknowledged it (303/302 back to the
    /// record).</summary>
    public static async Task<bool> SaveKeyMessageAsync(PortalClient editor, string editPath, string keyMessage)
    {
        var (response, page) = await editor.LoadAsync(editPath);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
        }
        using var saved = await editor.PostFormAsync(page, SaveForm, ("Input.KeyMessage", keyMessage));
        return await IsBackToRecordAsync(saved, editPath);
    }

    /// <summary>Publishes the record's draft; true when acknowledged.</summary>
    public static async Task<bool> PublishAsync(PortalClient editor, string editPath)
    {
        var (response, page) = await editor.LoadAsync(editPath);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK || page.QuerySelector(PublishForm) is null)
            {
                return false;
            }
        }
        using var published = await editor.PostFormAsync(page, PublishForm);
        return await IsBackToRecordAsync(published, editPath);
    }

    /// <summary>Why the last save or publish was not acknowledged (for the bench's output).</summary>
    public static string? LastRefusal { get; private set; }

    /// <summary>Post/Redirect/Get: success is a redirect to the record's own edit page (a refusal answers
    /// 4xx).</summary>
    private static async Task<bool> IsBackToRecordAsync(HttpResponseMessage response, string editPath)
    {
        var ok =
            (int)response.StatusCode is 302 or 303
            && response.Headers.Location?.OriginalString.TrimEnd('/') == editPath;
        if (!ok)
        {
            // The page's error summary says why, as it would to an editor.
            var html = await response.Content.ReadAsStringAsync();
            var summary = System
                .Text.RegularExpressions.Regex.Match(
                    html,
                    "<ul class=\"nhsuk-list nhsuk-error-summary__list\">(.*?)</ul>",
                    System.Text.RegularExpressions.RegexOptions.Singleline
                )
                .Groups[1]
                .Value;
            LastRefusal =
                $"{(int)response.StatusCode} {response.Headers.Location} "
                + System.Text.RegularExpressions.Regex.Replace(summary, "<[^>]+>|\\s+", " ").Trim();
        }
        return ok;
    }
}
