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

    /// <summary>Saves the key message into a draft; true when the portal acknowledged it (303/302 back to the record).</summary>
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
        return IsBackToRecord(saved, editPath);
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
        return IsBackToRecord(published, editPath);
    }

    /// <summary>Post/Redirect/Get: success is a redirect to the record's own edit page (a refusal answers 4xx).</summary>
    private static bool IsBackToRecord(HttpResponseMessage response, string editPath) =>
        (int)response.StatusCode is 302 or 303 && response.Headers.Location?.OriginalString.TrimEnd('/') == editPath;
}
