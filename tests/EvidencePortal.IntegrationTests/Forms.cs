using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Xunit.Sdk;

namespace EvidencePortal.IntegrationTests;

/// <summary>
/// Posting a page's real form as a browser would: every field the form has (hidden ones, the
/// __RequestVerificationToken, checked boxes, selected options), changed by the test's values.
/// A value given twice is posted twice (an array); a null value leaves the field out.
/// Use a client made with AllowAutoRedirect = false to see the redirect a post answers with.
/// </summary>
public static class Forms
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    /// <summary>GET a page (after any redirects) and parse it, with its final address so a form without action posts
    /// back to it.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> LoadAsync(
        this HttpClient client,
        string url
    )
    {
        var response = await client.GetAsync(url);
        var address = response.RequestMessage?.RequestUri ?? new Uri(new Uri("http://localhost"), url);
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)await Browser.OpenAsync(req => req.Content(html).Address(address.ToString()));
        return (response, document);
    }

    /// <summary>GET the page, then post its form found by the CSS selector.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string page,
        string formSelector,
        params (string Name, string? Value)[] values
    )
    {
        var (response, document) = await client.LoadAsync(page);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new XunitException($"GET {page} answered {(int)response.StatusCode}, so there is no form to post");
        }
        return await client.PostFormAsync(document, formSelector, values);
    }

    /// <summary>Post a form of a page already loaded.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        IHtmlDocument document,
        string formSelector,
        params (string Name, string? Value)[] values
    )
    {
        var (action, content) = FormPost(document, formSelector, values);
        return await client.PostAsync(action, content);
    }

    /// <summary>Where a page's form posts and what, without sending it yet (for posting many at the same
    /// instant).</summary>
    public static (string Action, FormUrlEncodedContent Content) FormPost(IHtmlDocument document, string formSelector,
        params (string Name, string? Value)[] values)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new XunitException($"No form matches '{formSelector}' on {document.Url}");
        var fields = FieldsOf(form);
        foreach (var name in values.Select(v => v.Name).Distinct())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.AddRange(values.Where(v => v.Name == name && v.Value is not null)
                .Select(v => new KeyValuePair<string, string>(name, v.Value!)));
        }
        // Resolved against the page: on Linux a bare "/edit/1?handler=Delete" would parse as a file path, losing the
        // query.
        var action = new Uri(new Uri(document.Url), form.Action).PathAndQuery;
        return (action, new FormUrlEncodedContent(fields));
    }

    /// <summary>What a browser would send for the form as it stands.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { IsDisabled: false } input
                    when !string.IsNullOrEmpty(input.Name)
                        && input.Type is not ("submit" or "button" or "image" or "reset" or "file")
                        && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.Add(
                        new(
                            input.Name!,
                            input.Type is "checkbox" or "radio" && string.IsNullOrEmpty(input.Value)
                                ? "on"
                                : input.Value
                        )
                    );
                    break;
                case IHtmlTextAreaElement { IsDisabled: false } area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement { IsDisabled: false } select when !string.IsNullOrEmpty(select.Name):
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]!);
                    }
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }
        return fields;
    }

    /// <summary>The redirect a post answered with, as a path ("/edit"); fails if it did not redirect.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        if ((int)response.StatusCode is < 300 or > 399 || response.Headers.Location is null)
        {
            throw new XunitException($"Expected a redirect, got {(int)response.StatusCode}");
        }
        var location = response.Headers.Location;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
